let () =
  (try ignore (Yojson.Safe.from_string ~fname:"data.json" "[1,") with Yojson.Json_error m -> print_endline m);
  (try ignore (Yojson.Safe.from_string ~lnum:10 "\n x") with Yojson.Json_error m -> print_endline m);
  (try ignore (Yojson.Safe.from_string ~fname:"f.json" ~lnum:3 "nope") with Yojson.Json_error m -> print_endline m)
