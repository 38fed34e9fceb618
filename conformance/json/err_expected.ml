let try_parse s =
  match Yojson.Safe.from_string s with
  | j -> print_endline (Yojson.Safe.to_string j)
  | exception Yojson.Json_error m -> print_endline m
let () = List.iter try_parse ["[1 2]"; "{\"a\" 1}"; "{\"a\":1,}"; "{1:2}"; "{\"a\":1 \"b\":2}"; "{\"a\":1;\"b\":2}"; "[true false]"; "{\n  \"k\": 1\n  \"j\": 2\n}"]
