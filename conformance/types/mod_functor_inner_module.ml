module type S = sig type t val compare : t -> t -> int end
module Make (O : S) = struct
  module Inner = struct let lt a b = O.compare a b < 0 end
  let min a b = if Inner.lt a b then a else b
end
module M = Make (String)
