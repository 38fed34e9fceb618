let a = a + b * c
let b = a - b - c
let c = a +. b *. c -. d
let d = a * b + c * d
let e = a + b mod c
let f = a +| b -| c
