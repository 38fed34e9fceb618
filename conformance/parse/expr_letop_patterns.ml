let a = let* (x, y) = pair in return x
let b = let* () = unit_m in return 1
let c = let* { x; _ } = r in return x
let d = let** x = m in x
let e = let* x in x
