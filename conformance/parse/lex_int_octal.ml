let a = 0o17
let b = 0O777
let c = 0o1_000
