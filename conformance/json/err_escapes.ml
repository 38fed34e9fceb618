let try_parse s =
  match Yojson.Safe.from_string s with
  | j -> print_endline (Yojson.Safe.to_string j)
  | exception Yojson.Json_error m -> print_endline m
let () = List.iter try_parse ["\"\\q\""; "\"\\u12\""; "\"\\ud83d\""; "\"\\ud83d\\ude00\""; "\"\\u00e9\""; "\"\\/\\b\\f\\n\\r\\t\""; "\"\\u0041\\u00410\""]
