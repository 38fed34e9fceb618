let () =
  List.iter (fun j -> print_endline (Yojson.Safe.pretty_to_string j))
    [`List [`Int 1; `Int 2]; `Assoc ["a", `Int 1]; `List []; `Assoc []; `Null; `String "s";
     `Tuple [`Int 1; `String "x"]; `Variant ("A", Some (`Int 1)); `Variant ("A", None);
     `Assoc ["k", `List [`Assoc ["a", `Int 1; "b", `List []]]]]
