let () =
  List.iter (fun x -> Printf.printf "%g|%e|%.3g|%f|%F\n" x x x x x)
    [0.; 1.; -2.5; 1e-7; 123456.789; 1e20; 0.1 +. 0.2; 2. /. 3.; -0.; 1e300 *. 10.];
  Printf.printf "%5.1f|%-8.2e|%08.2f\n" 3.14159 0.000123 (-1.5);
  print_endline (string_of_float (0.1 +. 0.2));
  print_endline (string_of_float 1e100);
  print_float (sqrt 2.); print_newline ();
  Printf.printf "%.0f %.0f %.0f\n" 0.5 1.5 2.5
