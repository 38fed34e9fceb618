let () =
  print_string (Yojson.Safe.pretty_to_string ~std:true (`List [`Tuple [`Int 1]; `Variant ("V", None)])); print_endline "|";
  Yojson.Safe.pretty_to_channel stdout (`List [`Int 1]); print_endline "|";
  Yojson.Safe.to_channel stdout (`List [`Int 1]); print_endline "|";
  Yojson.Basic.to_channel stdout (`Assoc ["a", `Bool true]); print_endline "|";
  Yojson.Basic.pretty_to_channel stdout (`Assoc ["a", `Bool true]); print_endline "|"
