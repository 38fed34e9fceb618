let a = fun (x : int) (y : 'a list) -> x
let b (f : int -> int) = f 1
let c ((x, y) : int * int) = x + y
let d ((x : int), (y : int)) = x + y
