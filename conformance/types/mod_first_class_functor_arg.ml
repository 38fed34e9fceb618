module type S = sig val x : int end
module F (X : S) = struct let y = X.x * 2 end
let run (m : (module S)) = let module M = F ((val m)) in M.y
let v = run (module struct let x = 21 end)
