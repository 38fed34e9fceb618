let f = match x with | A -> 1
let g = match x with A -> 1 | B -> 2 |> succ
