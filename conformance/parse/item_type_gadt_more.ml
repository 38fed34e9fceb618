type t = A : t | B : int -> t
type _ u = C : { x : int } -> int u
type 'a v = D : 'b -> 'a v
type w = E : 'a -> w
type x = F : (int -> int) -> x
