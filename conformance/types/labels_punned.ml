let f ~x = x * 2
let g x = f ~x
