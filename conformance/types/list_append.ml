let f a b = a @ b
let g = List.rev [1; 2]
