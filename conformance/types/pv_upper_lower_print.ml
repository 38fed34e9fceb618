let f (x : [< `A | `B | `C > `A `B ]) = x
let g x = (f x, match x with `A -> 1 | `B -> 2 | `C -> 3)
