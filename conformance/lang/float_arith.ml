let () =
  let a = 0.1 and b = 0.2 in
  Printf.printf "%.17g\n" (a +. b);
  Printf.printf "%b\n" (a +. b = 0.3);
  print_endline (string_of_float (a +. b));
  print_endline (string_of_float (1.0 /. 3.0));
  print_endline (string_of_float (2.0 *. 3.5));
  print_endline (string_of_float (10.0 -. 0.5));
  print_endline (string_of_float (-. 2.5));
  print_endline (string_of_float (7.0 /. 2.0));
  print_endline (string_of_float (1e308 *. 10.));
  print_endline (string_of_float (5e-324 /. 2.));
  print_endline (string_of_float (float_of_int 3 +. 0.25));
  print_endline (string_of_float (Float.rem 7.5 2.));
  print_endline (string_of_float (mod_float (-7.5) 2.));
  print_endline (string_of_float (1e15 +. 0.3));
  print_endline (string_of_float (1e16 +. 1.));
  let sum = ref 0.0 in
  for _ = 1 to 10 do sum := !sum +. 0.1 done;
  Printf.printf "%s %.20f\n" (string_of_float !sum) !sum
