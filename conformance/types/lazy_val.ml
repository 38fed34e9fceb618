let l = lazy (1 + 1)
let f () = Lazy.force l
