module type T = sig type t val v : t end
module Pair (A : T) (B : T) = struct
  let both = (A.v, B.v)
end
module P = Pair (struct type t = int let v = 1 end) (struct type t = string let v = "x" end)
let b = P.both
