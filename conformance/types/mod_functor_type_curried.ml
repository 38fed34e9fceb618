module type S = sig type t end
module type BI = functor (A : S) -> functor (B : S) -> sig type pair = A.t * B.t end
module Bi : BI = functor (A : S) (B : S) -> struct type pair = A.t * B.t end
module P = Bi (Int) (String)
