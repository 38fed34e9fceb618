let f x = match x with `A -> 1 | `B -> 2
let g (y : [ `A | `C ]) = f y
