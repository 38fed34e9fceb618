let try_parse s =
  match Yojson.Safe.from_string s with
  | j -> print_endline (Yojson.Safe.to_string j)
  | exception Yojson.Json_error m -> print_endline m
let () = List.iter try_parse ["1 2"; "01"; "1.5e"; "[] x"; "{} {}"; "null null"; "\"a\" \"b\""; "1\n\n  junk here"]
