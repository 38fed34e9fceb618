let f x = x +. 1.0
let y = f 1
