let a = +1
let b = +.1.5
let c = + x
let d = +. y
let e = f (+1)
