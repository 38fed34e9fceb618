let rec nest n = if n = 0 then `Int 0 else `List [nest (n - 1)]
let () =
  print_endline (Yojson.Safe.to_string (nest 20));
  print_endline (Yojson.Safe.pretty_to_string (nest 6))
