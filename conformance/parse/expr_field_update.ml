let () = r.x <- 1
let () = r.M.f <- e
let () = r.a.b <- r.a.b + 1
let () = (f r).x <- 2
