let () =
  List.iter (fun f -> print_endline (string_of_float f))
    [0.; -0.; 1.; 1.5; 0.1; 1e21; 1e22; 123456789012.; 1234567890123.; 1e-5; 0.0001; 3.141592653589793; nan; infinity; neg_infinity; 2. ** 62.; 1. /. 3.; 100.; 1e15; 1e16; 5e-324];
  List.iter (fun s -> print_float (float_of_string s); print_newline ()) ["1.5"; "1e3"; "  2.5"; "0x1p4"; "1_000.5"; "-0.0"; ".5"; "5."];
  List.iter (fun s -> print_int (int_of_string s); print_newline ()) ["42"; "-17"; "0x1F"; "0o17"; "0b101"; "1_000"; "+5"];
  (try ignore (int_of_string "abc") with Failure m -> print_endline m);
  (try ignore (float_of_string "abc") with Failure m -> print_endline m);
  Printf.printf "%.3f %g %e\n" (1. /. 3.) 1e-10 0.
