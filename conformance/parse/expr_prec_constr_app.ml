let a = Some 1
let b = Some x.f
let c = f (Some x) None
let d = A (1, 2)
let e = Ok (Some [1])
let f = M.C x
