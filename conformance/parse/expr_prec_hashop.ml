let a = f x #+ g y
let b = !r #+ 1
let c = x.f #+ y.g
let d = - a ## b
