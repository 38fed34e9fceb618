let f ?(a = 1) ?(b = 2) c = a + b + c
let g = f ~b:3
