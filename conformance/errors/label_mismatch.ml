let f (x : int) = x
let y = f ~x:3
