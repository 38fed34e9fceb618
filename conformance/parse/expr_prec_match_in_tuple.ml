let a = (match x with A -> 1 | B -> 2), 3
let b = match x with A -> 1, 2 | B -> 3, 4
let c = match x with A -> if y then 1 else 2 | B -> 3
