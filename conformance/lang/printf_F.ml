let () =
  let xs = [ 0.; 1.; -1.; 0.5; 100.; 1e10; 1e21; 1.5e-9; 3.14159265358979; 1. /. 3.; 123456789.; -0. ] in
  List.iter (fun x -> Printf.printf "%F | %s\n" x (string_of_float x)) xs;
  Printf.printf "[%10F] [%-10F]\n" 2.5 2.5;
  Printf.printf "[%.3F] [%.1F]\n" 3.14159 2.;
  Printf.printf "[%.0F] [%.2F] [%.12F]\n" 1.0 100. 0.1;
  Printf.printf "%F %F %F\n" nan infinity neg_infinity;
  Printf.printf "%s\n" (Printf.sprintf "%F" 1e300);
  Printf.printf "%F %F\n" 1e15 1e16;
  Printf.printf "%F\n" 5e-324
