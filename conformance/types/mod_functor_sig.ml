module type ORD = sig type t val compare : t -> t -> int end
module MaxOf (O : ORD) = struct
  let max a b = if O.compare a b >= 0 then a else b
end
module IntMax = MaxOf (struct type t = int let compare = compare end)
let m = IntMax.max 3 5
