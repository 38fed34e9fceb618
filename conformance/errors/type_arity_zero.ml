let f (x : int option option) = x
let g (x : string list list) : int list = x
