let () =
  List.iter
    (fun x ->
      let f, i = modf x in
      let m, e = frexp x in
      Printf.printf "%s: modf=(%s, %s) frexp=(%s, %d)\n" (string_of_float x) (string_of_float f)
        (string_of_float i) (string_of_float m) e)
    [ 3.75; -3.75; 0.; 1.; 1024.; 0.1; 1e-300; infinity ];
  Printf.printf "%s %s %s\n" (string_of_float (ldexp 1. 10)) (string_of_float (ldexp 0.75 (-2)))
    (string_of_float (ldexp 1. 1024));
  Printf.printf "%s\n" (string_of_float (Float.ldexp 3. 2));
  let f, i = Float.modf 2.5 in
  Printf.printf "%s %s\n" (string_of_float f) (string_of_float i);
  Printf.printf "%s\n" (string_of_float (copysign 2. (-1.)));
  Printf.printf "%s\n" (string_of_float (abs_float (-0.)))
