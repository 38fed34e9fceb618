let a = (x : int)
let b = (f x : string list)
let c = ([] : int list)
let d = ((fun x -> x) : int -> int)
