let () =
  match Yojson.Safe.from_channel stdin with
  | j -> print_endline (Yojson.Safe.to_string j)
  | exception Yojson.Json_error m -> print_endline m
