module type S = sig type t val v : t end
let m = (module struct type t = int let v = 1 end : S)
module M = (val m : S)
let x = M.v + 1
