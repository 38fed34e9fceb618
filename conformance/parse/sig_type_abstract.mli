type t
type 'a u
type ('a, 'b) v
type +'a w
type -'a z
