let () =
  print_endline (Yojson.Safe.pretty_to_string (`Assoc [("text", `String (String.make 100 'a')); ("short", `Int 1)]));
  print_endline (Yojson.Safe.pretty_to_string (`List [`String (String.make 70 'b'); `String "c"]));
  print_endline (Yojson.Safe.pretty_to_string (`Assoc [(String.make 80 'k', `List [`Int 1; `Int 2])]))
