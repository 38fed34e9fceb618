module type S = sig val name : string end
let show (m : (module S)) = let module M = (val m) in M.name
let r = show (module struct let name = 42 end)
