let f ~x ~y:z = x + z
let a = f ~x:1 ~y:2
let b = f ~y:2 ~x:1
let x = 3
let c = f ~x ~y:x
