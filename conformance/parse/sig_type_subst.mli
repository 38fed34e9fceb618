type t := int
type 'a u := 'a list
module M := N
val f : t -> int u
