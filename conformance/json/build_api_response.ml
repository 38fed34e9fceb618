let respond status items =
  `Assoc [
    ("status", `String status);
    ("count", `Int (List.length items));
    ("items", `List (List.map (fun (id, name, price) ->
       `Assoc [("id", `Int id); ("name", `String name); ("price", `Float price)]) items)) ]
let () =
  print_endline (Yojson.Safe.to_string (respond "ok" [(1, "tea", 2.5); (2, "coffee", 3.)]));
  print_endline (Yojson.Safe.pretty_to_string (respond "ok" [(1, "tea", 2.5); (2, "coffee", 3.); (3, "water with a very long descriptive name", 0.)]));
  print_endline (Yojson.Safe.to_string (respond "empty" []))
