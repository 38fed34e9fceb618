let () =
  print_endline (Yojson.Safe.pretty_to_string (`List [`Int 1; `Assoc ["a", `Int 2]; `List []; `String "s"; `List [`Int 3]]));
  print_endline (Yojson.Safe.pretty_to_string (`List [`Null; `Bool true; `Float 1.5; `Assoc []; `List []]));
  print_endline (Yojson.Safe.pretty_to_string (`Assoc ["a", `Assoc ["b", `Assoc ["c", `Assoc []]]]))
