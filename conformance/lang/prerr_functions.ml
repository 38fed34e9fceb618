let () =
  print_endline "stdout 1";
  prerr_endline "stderr 1";
  prerr_string "stderr partial ";
  prerr_int 7;
  prerr_char ' ';
  prerr_float 2.5;
  prerr_newline ();
  print_endline "stdout 2";
  prerr_bytes (Bytes.of_string "bytes to stderr\n");
  output_string stderr "output_string stderr\n";
  Printf.eprintf "eprintf %d %s\n" 3 "x";
  Printf.fprintf stderr "%s" "fprintf stderr no newline";
  flush stderr;
  print_string "stdout without newline"
