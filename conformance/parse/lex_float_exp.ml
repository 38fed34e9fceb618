let a = 1e3
let b = 1E3
let c = 1.5e-3
let d = 2.5E+10
let e = 1_0e1_0
let f = 6.02e23
