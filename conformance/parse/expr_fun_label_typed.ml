let a = fun ~(x : int) -> x
let b ~(x : int) ~(y : string) = (x, y)
let c ~x:(x : int) = x
