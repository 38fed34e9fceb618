type a = { x : int; y : int }
type b = { x : int; z : string }
let p = { x = 1; y = 2 }
let q = { x = 3; z = "q" }
let () = print_int p.y; print_string q.z; print_newline ()
let f { y; _ } = y
let () = print_int (f p); print_newline ()
