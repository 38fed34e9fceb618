let f x = assert (x > 0); x
let g () = assert false
