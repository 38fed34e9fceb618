module SM = Map.Make (String)
module IS = Set.Make (struct type t = int let compare = compare end)
let () =
  let m = List.fold_left (fun m (k, v) -> SM.add k v m) SM.empty [("b", 2); ("a", 1); ("c", 3); ("a", 10)] in
  SM.iter (fun k v -> print_string (k ^ "=" ^ string_of_int v ^ " ")) m; print_newline ();
  print_int (SM.cardinal m); print_newline ();
  print_int (SM.find "c" m); print_newline ();
  let m = SM.remove "b" m in
  List.iter (fun (k, v) -> print_string (k ^ string_of_int v)) (SM.bindings m); print_newline ();
  let s = IS.of_list [5; 3; 9; 3; 1] in
  IS.iter (fun x -> print_int x; print_char ' ') s; print_newline ();
  print_int (IS.cardinal (IS.union s (IS.of_list [2; 9]))); print_newline ();
  print_string (match SM.find_opt "zz" m with None -> "none" | Some _ -> "some"); print_newline ()
