let f = function `A -> 1 | `B -> 2
let g = function `A -> "a" | `C -> "c"
let h x = (f x, g x)
