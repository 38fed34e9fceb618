let () =
  print_endline (Yojson.Safe.pretty_to_string (`List (List.map (fun f -> `Float f) [0.1; 1e100; -2.5; 3.0; nan; infinity])));
  (try print_endline (Yojson.Safe.pretty_to_string ~std:true (`Float nan)) with Yojson.Json_error m -> print_endline m)
