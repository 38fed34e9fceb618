module type PAIR = sig type ('a, 'b) t val make : 'a -> 'b -> ('a, 'b) t val fst : ('a, 'b) t -> 'a end
module Pair : PAIR = struct
  type ('a, 'b) t = 'a * 'b
  let make a b = (a, b)
  let fst (a, _) = a
end
let one = Pair.fst (Pair.make 1 "x")
