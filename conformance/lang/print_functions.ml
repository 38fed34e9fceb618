let () =
  print_string "print_string";
  print_newline ();
  print_endline "print_endline";
  print_int 42;
  print_char ' ';
  print_int (-7);
  print_newline ();
  print_float 3.14;
  print_char ' ';
  print_float 1e20;
  print_char ' ';
  print_float (-0.5);
  print_newline ();
  print_char 'c';
  print_char '\n';
  print_bytes (Bytes.of_string "bytes\n");
  print_string "";
  print_endline "";
  print_string "tab\there\n";
  print_string "multi\nline\nstring\n";
  output_string stdout "output_string\n";
  output_char stdout '!';
  output_bytes stdout (Bytes.of_string "\n");
  print_int max_int;
  print_newline ();
  print_string (String.make 3 '\x41');
  print_newline ()
