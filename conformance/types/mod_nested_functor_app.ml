module type S = sig type t val compare : t -> t -> int end
module Pair (A : S) (B : S) = struct
  type t = A.t * B.t
  let compare (a1, b1) (a2, b2) = let c = A.compare a1 a2 in if c <> 0 then c else B.compare b1 b2
end
module IS = Pair (Int) (String)

let c = IS.compare (1, "a") (2, "b")
