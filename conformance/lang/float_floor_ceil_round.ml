let () =
  List.iter
    (fun x ->
      Printf.printf "%6s floor=%s ceil=%s round=%s trunc=%s\n" (string_of_float x)
        (string_of_float (floor x)) (string_of_float (ceil x)) (string_of_float (Float.round x))
        (string_of_float (Float.trunc x)))
    [ 0.; 0.4; 0.5; 0.6; 1.5; 2.5; -0.4; -0.5; -0.6; -1.5; -2.5; 1e20; nan; infinity ];
  Printf.printf "%d %d\n" (int_of_float (floor (-3.7))) (int_of_float (ceil (-3.7)));
  Printf.printf "%s\n" (string_of_float (Float.round 0.49999999999999994));
  Printf.printf "%s %s\n" (string_of_float (floor 4503599627370495.5)) (string_of_float (ceil (-0.0)));
  let round_to digits x = let m = 10. ** float_of_int digits in Float.round (x *. m) /. m in
  Printf.printf "%s %s\n" (string_of_float (round_to 2 3.14159)) (string_of_float (round_to 1 (-2.25)))
