module rec A : sig type t = B.t list end
and B : sig type t = Leaf | Node of A.t end
