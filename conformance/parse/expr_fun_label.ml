let a = fun ~x -> x
let b = fun ~x ~y -> x + y
let c ~x ~y = x - y
let d = c ~y:1 ~x:2
