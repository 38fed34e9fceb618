module rec A : sig type t = Leaf | Node of B.t end = struct
  type t = Leaf | Node of B.t
end
and B : sig type t = A.t list end = struct
  type t = A.t list
end
