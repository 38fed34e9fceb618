let f ?x () = match x with Some v -> v | None -> 0
let g = f ?x:(Some 3)
