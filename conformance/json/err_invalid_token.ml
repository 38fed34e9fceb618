let try_parse s =
  match Yojson.Safe.from_string s with
  | j -> print_endline (Yojson.Safe.to_string j)
  | exception Yojson.Json_error m -> print_endline m
let () = List.iter try_parse ["x"; "tru"; "nul"; "-"; "'a'"; "[1,]"; "[\n1,\n2,\nx]"; "[1,\n  2,\n  ]"; "hello world"; "@"]
