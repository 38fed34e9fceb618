let p name v = Printf.printf "%-10s %.12g\n" name v

let () =
  p "sqrt 2" (sqrt 2.);
  p "sqrt 16" (sqrt 16.);
  p "exp 1" (exp 1.);
  p "exp 0" (exp 0.);
  p "log e" (log (exp 1.));
  p "log 10" (log 10.);
  p "log10 1000" (log10 1000.);
  p "log 0" (log 0.);
  p "sin 0" (sin 0.);
  p "sin pi/2" (sin (Float.pi /. 2.));
  p "cos pi" (cos Float.pi);
  p "tan pi/4" (tan (Float.pi /. 4.));
  p "atan 1" (atan 1.);
  p "atan2 1 -1" (atan2 1. (-1.));
  p "asin 1" (asin 1.);
  p "acos 0" (acos 0.);
  p "sinh 1" (sinh 1.);
  p "cosh 1" (cosh 1.);
  p "tanh 1" (tanh 1.);
  p "expm1 1e-10" (expm1 1e-10);
  p "log1p 1e-10" (log1p 1e-10);
  p "hypot 3 4" (hypot 3. 4.);
  p "pi" Float.pi;
  p "cbrt 27" (Float.cbrt 27.);
  p "exp2 10" (Float.exp2 10.);
  p "log2 1024" (Float.log2 1024.);
  print_endline (string_of_float (sqrt (-4.)))
