let x : int = 1
let f : int -> int = fun x -> x
let (y : string) = "s"
let g x : int = x + 1
let h (x : int) (y : int) : bool = x = y
