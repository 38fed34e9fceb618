module type S = sig val n : int end
let pick b = if b then (module struct let n = 1 end : S) else (module struct let n = 2 end : S)
module Chosen = (val pick true : S)
let n = Chosen.n
