let () =
  List.iter (fun f -> print_endline (Yojson.Safe.to_string (`Float f)))
    [1.0; 0.1; 1e20; 1e-7; 3.14159; 100.; -0.0; 1.5e300; 2.0 /. 3.0; 123456789.125; 1e16; 1e15; 0.30000000000000004; 5e-324; max_float; nan; infinity; neg_infinity; 42.5; -3.0]
