let f ?(x = 1) () = x
let y = f ~x:"s" ()
