let a = 42l
let b = 42L
let c = 42n
let d = 0x7fff_ffffl
let e = 0b101L
let f = 0o17n
