type t
type 'a u
