let g (x : [< `A | `B ]) = match x with `A -> 1 | _ -> 3
let g2 x = let _ = (x : [< `A | `B ]) in match x with `A -> 1 | `B -> 2
let f = function `A -> 1 | `B -> 2
let g3 x = f x + (match x with `A -> 2 | _ -> 3)
let g4 x = (match x with `A -> 2 | _ -> 3) + f x
let g5 (x : [< `A | `B > `A ]) = match x with `A -> 1 | `B -> 2
