let () =
  let vals = [ nan; -. nan; infinity; neg_infinity; 0. /. 0.; 1. /. 0.; -1. /. 0.; -0.; 0. ] in
  List.iter (fun x -> print_endline (string_of_float x)) vals;
  List.iter (fun x -> Printf.printf "[%f] [%e] [%g] [%F] [%h]\n" x x x x x) vals;
  List.iter (fun x -> print_float x; print_newline ()) [ nan; infinity; neg_infinity ];
  Printf.printf "[%8.2f] [%-8f] [%08f]\n" infinity neg_infinity nan;
  Printf.printf "%b %b %b\n" (nan = nan) (nan <> nan) (infinity = infinity);
  Printf.printf "%b %b\n" (Float.is_nan (sqrt (-1.))) (Float.is_integer infinity);
  Printf.printf "%s %s\n" (string_of_float (infinity -. infinity)) (string_of_float (infinity *. 0.));
  Printf.printf "%s %s\n" (string_of_float Float.nan) (string_of_float Float.infinity);
  Printf.printf "%s\n" (string_of_float (Float.abs (-. nan)))
