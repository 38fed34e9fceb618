let user name age tags = `Assoc [("name", `String name); ("age", `Int age); ("tags", `List (List.map (fun t -> `String t) tags))]
let () =
  let users = `List [user "ann" 31 ["admin"; "ops"]; user "bob" 25 []] in
  print_endline (Yojson.Basic.to_string users);
  print_endline (Yojson.Basic.pretty_to_string users)
