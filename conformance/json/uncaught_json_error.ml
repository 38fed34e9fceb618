let () =
  print_endline "before";
  ignore (Yojson.Safe.from_string "{\"a\" 1}")
