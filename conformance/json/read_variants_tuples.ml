let () =
  List.iter (fun s ->
    match Yojson.Safe.from_string s with
    | j -> print_endline (Yojson.Safe.to_string j)
    | exception Yojson.Json_error m -> print_endline m)
    ["<\"A\">"; "<\"A\":[1]>"; "<A>"; "<A: 1>"; "(1, \"two\", (3))"; "()"; "<\"A\" 1>"; "(1 2)"; "<\"A\":1"]
