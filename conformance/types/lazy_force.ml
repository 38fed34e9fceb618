let v = lazy (print_endline "x"; 1)
let get () = Lazy.force v + 1
