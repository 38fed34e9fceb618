let () =
  let show a b = Printf.printf "%s ** %s = %s\n" (string_of_float a) (string_of_float b) (string_of_float (a ** b)) in
  show 2. 10.;
  show 2. 0.5;
  show 2. (-1.);
  show 10. 21.;
  show 10. 22.;
  show 0. 0.;
  show (-8.) (1. /. 3.);
  show (-2.) 3.;
  show 1. nan;
  show nan 0.;
  show infinity (-1.);
  show 0. (-1.);
  show (-0.) (-1.);
  show 1.0001 10000.;
  Printf.printf "%s\n" (string_of_float (Float.pow 3. 4.));
  Printf.printf "%.0f\n" (2. ** 62.);
  Printf.printf "%.0f\n" (2. ** 64.)
