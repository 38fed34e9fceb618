let ( !! ) r = !r
let ( ~~ ) x = x
let ( ?? ) x = x
let ( !+ ) x = x + 1
let a = !! (ref 1)
let b = ~~ 3
let c = ?? 4
let d = !+ 5
