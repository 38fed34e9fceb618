let safe_sqrt x =
  assert (x >= 0.);
  sqrt x

let checked_div a b =
  assert (b <> 0);
  a / b

let () =
  Printf.printf "%d\n" (checked_div 10 3);
  Printf.printf "%.3f\n" (safe_sqrt 16.);
  Printf.printf "%.3f\n" (safe_sqrt 2.);
  Printf.printf "%.3f\n" (safe_sqrt (-1.))
