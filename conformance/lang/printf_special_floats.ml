let () =
  let xs = [ nan; infinity; neg_infinity; -0.; 0. ] in
  List.iter (fun x -> Printf.printf "[%f] [%5.1f] [%-6e] [%g] [%+f] [%F]\n" x x x x x x) xs;
  Printf.printf "[%010f] [%010e]\n" infinity neg_infinity;
  Printf.printf "%s %s\n" (string_of_float (-0.)) (Printf.sprintf "%.0f" (-0.4));
  Printf.printf "%.2f %.2f\n" (-0.001) 0.001;
  Printf.printf "%g %g\n" 1e15 1e16;
  Printf.printf "%g\n" 123456.;
  Printf.printf "%g\n" 1234567.;
  Printf.printf "%g %g\n" 0.0001 0.00001
