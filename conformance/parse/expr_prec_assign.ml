let () = r := 1, 2
let () = x.f <- a || b
let () = r := !r + 1
let () = a.(0) <- 1, 2
let () = r := s := 3
