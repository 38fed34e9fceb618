module type S = sig val n : int end
let get (m : (module S)) = let module M = (val m) in M.n
let bad = get 3
