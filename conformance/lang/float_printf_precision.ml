let () =
  let x = 3.14159265358979 in
  for p = 0 to 12 do Printf.printf "%%.%df: %.*f\n" p p x done;
  Printf.printf "%.0f %.0f %.0f %.0f\n" 0.5 1.5 2.5 (-0.5);
  Printf.printf "%.1f %.1f %.1f\n" 0.05 0.15 0.25;
  Printf.printf "%.2f %.2f\n" 1.005 2.675;
  Printf.printf "%.3e %.0e %e\n" 123456.789 5.5 0.;
  Printf.printf "%.20f\n" 0.1;
  Printf.printf "%.30g\n" 0.1;
  Printf.printf "%f\n" 1e20;
  Printf.printf "%f\n" 1e-20;
  Printf.printf "%.50f\n" 1e-20;
  Printf.printf "%.3g|%.10g|%g\n" 1234567. 1234567. 0.0001
