open Yojson.Safe.Util
let j = Yojson.Safe.from_string {|[{"name": "a", "v": 1}, {"name": "b", "v": 2.5}, 3, "s", [1, 2], {"v": true}]|}
let () =
  let l = to_list j in
  print_endline (String.concat "," (filter_string (filter_member "name" l)));
  print_endline (String.concat "," (List.map string_of_int (filter_int l)));
  print_endline (String.concat "," (List.map string_of_float (filter_number (filter_member "v" l))));
  print_endline (String.concat "," (List.map string_of_bool (filter_bool (filter_member "v" l))));
  print_endline (string_of_int (List.length (filter_assoc l)));
  print_endline (Yojson.Safe.to_string (`List (flatten l)));
  print_endline (Yojson.Safe.to_string (`List (filter_index 1 l)));
  print_endline (Yojson.Safe.to_string (`List (List.concat (filter_list l))));
  print_endline (Yojson.Safe.to_string (map (fun x -> `List [x]) (`List [`Int 1; `Int 2])));
  print_endline (String.concat "," (List.map string_of_int (convert_each to_int (`List [`Int 4; `Int 5]))));
  print_endline (Yojson.Safe.to_string (combine (`Assoc ["a", `Int 1]) (`Assoc ["b", `Int 2])));
  (try ignore (combine (`List []) (`Assoc [])) with Invalid_argument m -> print_endline m)
