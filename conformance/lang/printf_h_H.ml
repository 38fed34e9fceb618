let () =
  let xs = [ 0.; 1.; -1.; 0.5; 0.1; 3.; 1024.; 1e-300; 5e-324; max_float; 2. /. 3.; -0. ] in
  List.iter (fun x -> Printf.printf "%h %H\n" x x) xs;
  Printf.printf "[%20h] [%-20h]\n" 1.5 1.5;
  Printf.printf "[%.3h] [%.0h] [%.1H]\n" (1. /. 3.) 1.5 1.75;
  Printf.printf "%h %h %h\n" nan infinity neg_infinity;
  Printf.printf "%s\n" (string_of_float (float_of_string (Printf.sprintf "%h" 0.1)));
  Printf.printf "%h %h\n" 255. 0.75;
  Printf.printf "%h\n" (ldexp 1. (-1074));
  Printf.printf "%+h\n" 2.
