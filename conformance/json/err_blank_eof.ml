let try_parse s =
  match Yojson.Safe.from_string s with
  | j -> print_endline (Yojson.Safe.to_string j)
  | exception Yojson.Json_error m -> print_endline m
let () = List.iter try_parse [""; "   "; "\n\n"; "[1,2"; "\"abc"; "{"; "{\"a\""; "{\"a\":"; "[\n"; "[1,\n2"]
