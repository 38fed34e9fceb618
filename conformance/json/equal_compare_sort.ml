let () =
  let a = Yojson.Safe.from_string {|{"b": 1, "a": [2, {"d": 0, "c": 1}]}|} in
  let b = Yojson.Safe.from_string {|{"a": [2, {"c": 1, "d": 0}], "b": 1}|} in
  Printf.printf "%b %b\n" (Yojson.Safe.equal a b) (Yojson.Safe.equal (Yojson.Safe.sort a) (Yojson.Safe.sort b));
  print_endline (Yojson.Safe.to_string (Yojson.Safe.sort a));
  Printf.printf "%b\n" (Yojson.Safe.equal (`Int 1) (`Int 1))
