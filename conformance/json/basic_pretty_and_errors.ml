let () =
  let j = Yojson.Basic.from_string {|{"a": [1, 2.0, "three", null, true], "b": {}}|} in
  print_endline (Yojson.Basic.pretty_to_string j);
  print_endline (Yojson.Basic.to_string j);
  (try ignore (Yojson.Basic.from_string "[1, 2") with Yojson.Json_error m -> print_endline m);
  (try ignore (Yojson.Basic.Util.member "a" (`List [])) with Yojson.Basic.Util.Type_error (m, _) -> print_endline m)
