let a = 1_000_000
let b = 1__2
let c = 12_
let d = 0xf_f
