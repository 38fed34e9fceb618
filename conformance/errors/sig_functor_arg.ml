module type ORD = sig type t val compare : t -> t -> int end
module Max (O : ORD) = struct let max a b = if O.compare a b > 0 then a else b end
module M = Max (struct type t = int end)
