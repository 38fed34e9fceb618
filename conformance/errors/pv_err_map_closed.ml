let f x = match x with `A -> 1 | `B -> 2
let l : [ `A | `B | `C ] list = []
let _ = List.map f l
