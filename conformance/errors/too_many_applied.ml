let f x = x
let y = f 3 4
