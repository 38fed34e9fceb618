let () =
  List.iter
    (fun x -> Printf.printf "%s\n" (string_of_float x))
    [ 1.; 0.1; 1e21; 1e20; 1e15; 1e16; 123456789012345.; 1234567890123456789.; -0.; 0.;
      nan; infinity; neg_infinity; 3.14159265358979; 2.5e-5; 1e-4; 0.0001234; 100.;
      1e100; 1.7976931348623157e308; 4.9e-324; 2.2250738585072014e-308; 0.30000000000000004;
      123.456; -1.5; 1e-10; 5e-7; 12345678901234567890123.; 0.1 +. 0.7 ];
  print_endline (string_of_float 999999999999.5);
  print_endline (string_of_float 1234567.);
  print_endline (string_of_float 12345678912.);
  print_endline (string_of_float 0.000123456789012345);
  print_endline (Float.to_string (-1e-300))
