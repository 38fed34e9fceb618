let f ?(step = 1) x = x + step
let a = f 3
let b = f ~step:2 3
