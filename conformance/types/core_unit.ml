let say () = print_endline "hi"
