let ( ~- ) x = x
let ( ~-. ) x = x
let ( ~+ ) x = x
let a = ~- 1
let b = ~-. 1.0
let c = - 2
