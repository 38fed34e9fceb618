let a = !x
let b = !x.y
let c = x != y
let d = !(f x)
let e = ! ! r
