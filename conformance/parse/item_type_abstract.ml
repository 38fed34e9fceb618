type t
type 'a u
type ('a, 'b) v
