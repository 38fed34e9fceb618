let () =
  Printf.printf "%d %d\n" (max_int + 1) (min_int - 1);
  Printf.printf "%d %d %d\n" (-1 lsr 1) (-8 asr 1) (1 lsl 62);
  Printf.printf "%d %d\n" (max_int * 2) (abs min_int);
  Printf.printf "%d %d %d\n" (17 land 5) (17 lor 5) (17 lxor 5);
  Printf.printf "%d %d\n" (lnot 0) (-7 mod 3);
  Printf.printf "%x %o %X\n" (-1) 64 3054;
  (try ignore (int_of_string "4611686018427387904") with Failure m -> print_endline m);
  print_int (int_of_string "-4611686018427387904"); print_newline ();
  print_int (int_of_string "0x7fffffffffffffff"); print_newline ();
  Printf.printf "%d %d\n" (truncate 3.99) (int_of_float (-2.5));
  Printf.printf "%d\n" (compare 3 3 + compare 2 9 + compare 9 2)
