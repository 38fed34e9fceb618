let try_parse s =
  match Yojson.Safe.from_string s with
  | j -> print_endline (Yojson.Safe.to_string j)
  | exception Yojson.Json_error m -> print_endline m
let () = List.iter try_parse ["{\n  \"a\": 1,\n  \"b\": [1, 2,, 3]\n}"; "\n\n\n   ?"; "[\n  \"unterminated\n"; "{\n\"k\":\n}"; "/* open comment"]
