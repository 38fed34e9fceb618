let a = let module%ext M = N in M.x
let b = let open%ext M in x
let c = let exception%ext E in 1
