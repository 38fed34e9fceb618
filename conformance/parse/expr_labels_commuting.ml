let f ~a ~b c = a + b + c
let x = f 1 ~b:2 ~a:3
let y = (f ~b:2) ~a:1 3
let z = f ~a:1 ~b:2
