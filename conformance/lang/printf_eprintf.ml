let () =
  Printf.printf "to stdout %d\n" 1;
  Printf.eprintf "to stderr %d\n" 2;
  Printf.fprintf stdout "fprintf stdout %s\n" "ok";
  Printf.fprintf stderr "fprintf stderr %s\n" "ok";
  prerr_endline "prerr_endline";
  prerr_string "prerr_string ";
  prerr_int 42;
  prerr_char ' ';
  prerr_float 1.5;
  prerr_newline ();
  Printf.eprintf "%5.2f|%-4d|%S\n" 3.14159 7 "q";
  print_endline "stdout again";
  Printf.eprintf "stderr without newline"
