type t = int
type nonrec t = t list
type nonrec u = A of t
