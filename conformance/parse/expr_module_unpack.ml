let c = let module M = (val m : S) in M.x
let d = let module M = (val m) in M.x
let e = let module M = (val f x : S with type t = int) in M.y
module N = (val m : S)
