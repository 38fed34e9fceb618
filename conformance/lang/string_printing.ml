let () =
  print_string "a"; print_char 'b'; print_int (-12); print_float 2.5; print_newline ();
  prerr_endline "err line";
  print_endline (string_of_bool true ^ string_of_int 0 ^ String.make 2 '-');
  Printf.printf "[%5s][%-5s][%.2s]\n" "ab" "cd" "efgh";
  Printf.printf "%S %C\n" "tab\there" 'q'
