let x = 1
let y = let z = 2 in z + x
let w = let a = 1 in let b = 2 in a + b
