let () =
  let xs = [ 0.; 1.; -1.5; 3.14159; 1234.5678; 1e-7; 6.02e23; 123456789.123 ] in
  List.iter (fun x -> Printf.printf "%%f=%f %%e=%e %%E=%E\n" x x x) xs;
  Printf.printf "[%12.3f] [%-12.3f] [%012.3f] [%+.2f] [% .2f]\n" 3.14159 3.14159 3.14159 3.14159 3.14159;
  Printf.printf "[%12.3e] [%-12.3E] [%012.3e]\n" 31415.9 31415.9 (-31415.9);
  Printf.printf "[%.0e] [%#.0e] [%#.0f]\n" 12345. 12345. 3.;
  Printf.printf "[%5.1f] [%5.1f]\n" 99.96 (-99.96);
  Printf.printf "%e\n" 1e-310;
  Printf.printf "%f\n" 0.000001;
  Printf.printf "%.10e %E\n" (1. /. 7.) 1e100;
  Printf.printf "%.1f %.1f %.1f %.1f\n" 0.25 0.35 0.45 (-0.25)
