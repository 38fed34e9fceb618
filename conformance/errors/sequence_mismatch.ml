let f () = print_string "a"; 1 + "b"
