let x = lazy (print_endline "computing"; 42)
let () = print_int (Lazy.force x); print_newline (); print_int (Lazy.force x); print_newline ()
let f = function lazy n -> n + 1
let () = print_int (f (lazy 1)); print_newline ()
let bad = lazy (failwith "no")
let () = (try ignore (Lazy.force bad) with Failure s -> print_endline s); (try ignore (Lazy.force bad) with Failure s -> print_endline s)
