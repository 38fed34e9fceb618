let a = - x
let b = -x + y
let c = - f x
let d = -. y
let e = -. 1.5 *. y
let g = - x * y
let h = - x ** y
