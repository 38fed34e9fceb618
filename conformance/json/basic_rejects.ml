let try_parse s =
  match Yojson.Basic.from_string s with
  | j -> print_endline (Yojson.Basic.to_string j)
  | exception Yojson.Json_error m -> print_endline m
let () = List.iter try_parse ["<\"A\">"; "(1,2)"; "[1, (2)]"; "{\"a\": <\"B\": 1>}"; "[1, 2]"]
