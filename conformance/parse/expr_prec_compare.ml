let a = x = y
let b = x <> y
let c = x < y && y <= z
let d = x == y || x != y
let e = a > b
let f = a >= b
let g = a = b = c
let h = x + 1 < y * 2
