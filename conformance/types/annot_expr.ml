let f x = (x : int)
let g (x : string) = x
