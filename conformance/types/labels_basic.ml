let f ~x ~y = x - y
let a = f ~y:1 ~x:2
let b = f ~y:1
