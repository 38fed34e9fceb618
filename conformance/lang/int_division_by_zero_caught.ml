let safe_div a b =
  try Printf.sprintf "%d" (a / b)
  with Division_by_zero -> "div by zero"

let safe_mod a b =
  try Printf.sprintf "%d" (a mod b)
  with Division_by_zero -> "mod by zero"

let () =
  print_endline (safe_div 10 2);
  print_endline (safe_div 10 0);
  print_endline (safe_mod 10 3);
  print_endline (safe_mod 10 0);
  print_endline (safe_div 0 0);
  (match 5 / 0 with
   | n -> Printf.printf "got %d\n" n
   | exception e -> Printf.printf "exception %s\n" (Printexc.to_string e));
  (* float division by zero does not raise *)
  Printf.printf "%f %f\n" (1. /. 0.) (-1. /. 0.);
  (try ignore (Int64.div 1L 0L) with Division_by_zero -> print_endline "Int64 too");
  (try ignore (Int32.rem 1l 0l) with Division_by_zero -> print_endline "Int32 too")
