let f (a, b) = a + b
let x = f (1, 2, 3)
