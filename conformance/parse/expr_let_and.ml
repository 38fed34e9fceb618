let a = 1 and b = 2
let c = let x = 1 and y = 2 in x + y
let (p, q) = (1, 2) and r = 3
