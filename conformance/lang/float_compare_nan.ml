let () =
  Printf.printf "nan = nan: %b\n" (nan = nan);
  Printf.printf "nan <> nan: %b\n" (nan <> nan);
  Printf.printf "nan == nan: %b\n" (nan == nan);
  Printf.printf "nan < 1.: %b, nan > 1.: %b\n" (nan < 1.) (nan > 1.);
  Printf.printf "compare nan nan: %d\n" (compare nan nan);
  Printf.printf "compare nan 1.: %d\n" (compare nan 1.);
  Printf.printf "compare 1. nan: %d\n" (compare 1. nan);
  Printf.printf "compare nan neg_infinity: %d\n" (compare nan neg_infinity);
  Printf.printf "min nan 1.: %s, max nan 1.: %s\n" (string_of_float (min nan 1.)) (string_of_float (max nan 1.));
  Printf.printf "min 1. nan: %s, max 1. nan: %s\n" (string_of_float (min 1. nan)) (string_of_float (max 1. nan));
  Printf.printf "[nan] = [nan]: %b\n" ([ nan ] = [ nan ]);
  Printf.printf "compare [nan] [nan]: %d\n" (compare [ nan ] [ nan ]);
  Printf.printf "(1, nan) = (1, nan): %b\n" ((1, nan) = (1, nan));
  Printf.printf "0. = -0.: %b, compare: %d\n" (0. = -0.) (compare 0. (-0.));
  let l = List.sort compare [ 3.; nan; 1.; neg_infinity; infinity; -0.; 0.; nan; -2. ] in
  print_endline (String.concat " " (List.map string_of_float l));
  let a = [| 2.; nan; 1. |] in
  Array.sort compare a;
  print_endline (String.concat " " (Array.to_list (Array.map string_of_float a)))
