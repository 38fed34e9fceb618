let a = 1.
let b = 1.5
let c = 0.25
let d = 1_000.5
let e = 3.14_15
