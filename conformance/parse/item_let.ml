let x = 1
let f x = x
let rec g x = g x
let a = 1 and b = 2
let _ = x
