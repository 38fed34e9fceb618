let () =
  Printf.printf "%d\n" max_int;
  Printf.printf "%x\n" min_int;
  Printf.printf "%30d|\n" min_int;
  Printf.printf "%-30d|\n" max_int;
  Printf.printf "%030d\n" min_int;
  Printf.printf "%f\n" 1e300;
  Printf.printf "%.3e\n" 1e300;
  Printf.printf "%f\n" max_float;
  Printf.printf "%.0f\n" 9007199254740993.;
  Printf.printf "%e\n" min_float;
  Printf.printf "%g\n" 5e-324;
  Printf.printf "%Ld %Lx\n" Int64.max_int Int64.min_int;
  Printf.printf "%d %d\n" (1 lsl 61) (-(1 lsl 61))
