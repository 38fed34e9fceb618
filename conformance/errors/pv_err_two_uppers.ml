let f x = match x with `A -> 1 | `B -> 2
let g x = match x with `A -> 1 | `C -> 2
let h x = f x + g x
let _ = h `B
