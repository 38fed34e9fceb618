let s = "line one
line two"
let empty = ""
