type t = int
type u = string list
type 'a pair = 'a * 'a
type f = int -> int
