module type EQ = sig type t val equal : t -> t -> bool end
module ListEq (E : EQ) : EQ with type t = E.t list = struct
  type t = E.t list
  let equal a b = List.length a = List.length b && List.for_all2 E.equal a b
end
module IntEq = struct type t = int let equal = ( = ) end
module IL = ListEq (IntEq)
let same = IL.equal [1; 2] [1; 2]
