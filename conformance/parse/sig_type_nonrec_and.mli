type nonrec t = t list
type a = A of b
and b = B of a
type _ g = G : int -> int g
