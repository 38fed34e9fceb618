type base = string
type ext = [ base | `Extra ]
