let a = 1, 2, 3
let b = (1, 2), 3
let c = 1, (2, 3)
let d = x || y, z && w
let e = f x, g y
let g = 1, 2 :: [], "s"
