let f (x : int list list option list) = x
let g (x : (int, int) list) = x
