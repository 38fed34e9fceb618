let a = fun x : int -> x
let b = fun (x : int) : int -> x + 1
let c x y : bool = x = y
let d = fun ~x : string -> x
