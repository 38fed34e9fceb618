let () = at_exit (fun () -> print_endline "at exit")
let () = print_string "no newline"; exit 3
