let rec deep n = if n = 0 then `String "leaf" else `Assoc [("level" ^ string_of_int n, deep (n - 1)); ("n", `Int n)]
let () =
  print_endline (Yojson.Safe.pretty_to_string (deep 3));
  print_endline (Yojson.Safe.pretty_to_string (deep 8))
