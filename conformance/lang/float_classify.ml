let name = function
  | FP_normal -> "FP_normal"
  | FP_subnormal -> "FP_subnormal"
  | FP_zero -> "FP_zero"
  | FP_infinite -> "FP_infinite"
  | FP_nan -> "FP_nan"

let () =
  List.iter
    (fun x -> Printf.printf "%-24s %s\n" (string_of_float x) (name (classify_float x)))
    [ 1.; 0.; -0.; 1e-310; 5e-324; infinity; neg_infinity; nan; max_float; min_float;
      epsilon_float; -1e-320 ];
  Printf.printf "%s\n" (name (Float.classify_float (1. /. 3.)));
  Printf.printf "max_float=%h min_float=%h epsilon=%h\n" max_float min_float epsilon_float;
  Printf.printf "%.17g %.17g %.17g\n" max_float min_float epsilon_float
