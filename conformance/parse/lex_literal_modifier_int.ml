let a = 12z
let b = 0xffg
let c = 1_000G
