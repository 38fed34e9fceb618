let () =
  print_int max_int; print_newline ();
  print_int min_int; print_newline ();
  print_endline (string_of_int max_int);
  print_endline (string_of_int min_int);
  Printf.printf "%x %x\n" max_int min_int;
  Printf.printf "%o\n" max_int;
  Printf.printf "%u\n" min_int;
  Printf.printf "%u\n" (-1);
  Printf.printf "%d\n" (max_int / 2);
  Printf.printf "%d\n" (min_int / 2);
  Printf.printf "%b %b\n" (max_int > min_int) (max_int + 1 = min_int);
  Printf.printf "%d %d\n" (abs min_int) (abs max_int);
  Printf.printf "%d %d\n" (Int.max_int) (Int.min_int);
  Printf.printf "%d\n" (min_int + max_int)
