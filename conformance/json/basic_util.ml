open Yojson.Basic.Util
let j = Yojson.Basic.from_string {|{"list": [1, 2, 3], "name": "basic"}|}
let () =
  Printf.printf "%d\n" (List.fold_left ( + ) 0 (List.map to_int (to_list (member "list" j))));
  print_endline (to_string (member "name" j));
  (try ignore (to_int (member "name" j)) with Type_error (m, _) -> print_endline m);
  (try ignore (Yojson.Safe.Util.to_int (`String "x")) with
   | Type_error _ -> print_endline "Basic's Type_error"
   | Yojson.Safe.Util.Type_error (m, _) -> print_endline ("Safe's Type_error: " ^ m))
