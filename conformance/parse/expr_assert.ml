let () = assert (x = 1)
let () = assert false
let f x = assert (x > 0); x
let g = assert true
