let a = fun ~x:(p, q) -> p + q
let b = fun ~pos:p -> p
let c ~x:y = y
let d ~point:{ x; y } = x + y
let e ~x:_ = ()
