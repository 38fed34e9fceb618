exception E of int * string
let () = print_endline "before"
let () = raise (E (3, "x"))
