let () =
  let xs = [ 0.; 1.; 0.1; 100000.; 1000000.; 1234567.; 0.0001; 0.00001; 123.456; -2.5e-8; 1e100; 3.0 ] in
  List.iter (fun x -> Printf.printf "%%g=%g %%G=%G %%.3g=%.3g %%#g=%#g\n" x x x x) xs;
  Printf.printf "[%10g] [%-10g] [%010g]\n" 3.5 3.5 3.5;
  Printf.printf "[%.0g] [%.1g] [%.2g]\n" 25. 25. 25.;
  Printf.printf "[%g] [%G]\n" 1e-5 1e-5;
  Printf.printf "[%.17g]\n" 0.1;
  Printf.printf "[%+g] [% g]\n" 1. 1.;
  Printf.printf "[%g] [%g] [%g]\n" 100. 1e5 123456789.;
  Printf.printf "[%.10g] [%.15g]\n" (2. /. 3.) (2. /. 3.)
