let f a b = if a then if b then 1 else 2 else 3
let g a b = if a then (if b then print_string "x") else print_string "y"
let h a b = if a then if b then print_string "x" else print_string "y"
