module type ORDERED = sig type t val compare : t -> t -> int end
module type INT_ORDERED = ORDERED with type t = int
module IntOrd : INT_ORDERED = struct type t = int let compare = compare end
let c = IntOrd.compare 1 2
