let () =
  print_endline (Yojson.Safe.pretty_to_string (`List (List.init 30 (fun i -> `Int (i * 1000)))));
  print_endline (Yojson.Safe.pretty_to_string (`Assoc (List.init 5 (fun i -> (string_of_int i, `List (List.init 12 (fun j -> `String (string_of_int j))))))));
  print_endline (Yojson.Safe.pretty_to_string (`List (List.init 4 (fun i -> `Assoc [("id", `Int i); ("label", `String (String.make (i * 15) 'x'))]))))
