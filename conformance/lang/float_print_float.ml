let () =
  List.iter
    (fun x -> print_float x; print_char '|')
    [ 0.; 1.; -1.; 0.5; 1.25; 100.; 1e6; 1e7; 1e12; 1e21; 1e22; 1.5e-7; 3.0e100; 2. /. 3. ];
  print_newline ();
  print_float 42.;
  print_newline ();
  print_string (Float.to_string 1e-5);
  print_newline ();
  Printf.printf "%s\n" (string_of_float 12345678.9);
  Printf.printf "%s\n" (string_of_float 0.000001);
  Printf.printf "%s\n" (string_of_float 1234567890123.25);
  Printf.printf "%s\n" (string_of_float 9.999999999999999e22)
