let () = ()
let _ = 1
let _x = 2
let f () = let () = g () in let _ = h () in ()
