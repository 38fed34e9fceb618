let () =
  List.iter
    (fun x ->
      Printf.printf "%s: truncate=%d int_of_float=%d Float.to_int=%d\n" (string_of_float x)
        (truncate x) (int_of_float x) (Float.to_int x))
    [ 0.; 0.5; 0.9999; 1.0; 1.5; -1.5; -0.5; 2.5; -2.5; 1e10; -1e10; 123456.789; 4.6e18 ];
  Printf.printf "%f %f\n" (float_of_int max_int) (float_of_int min_int);
  Printf.printf "%f\n" (float 42);
  Printf.printf "%d\n" (int_of_float (float_of_int 1000000007 *. 2.));
  Printf.printf "%d\n" (truncate (1. /. 3. *. 300.))
