let f = function `A -> 1
let g x = f x + (match x with `B -> 2 | _ -> 3)
