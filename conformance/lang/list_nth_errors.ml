let try_nth l n =
  match List.nth l n with
  | v -> Printf.printf "nth %d = %d\n" n v
  | exception Failure m -> Printf.printf "nth %d: Failure %S\n" n m
  | exception Invalid_argument m -> Printf.printf "nth %d: Invalid_argument %S\n" n m

let () =
  let l = [ 10; 20; 30 ] in
  List.iter (try_nth l) [ 0; 2; 3; -1; 100 ];
  Printf.printf "nth_opt 1 = %s\n" (match List.nth_opt l 1 with Some v -> string_of_int v | None -> "None");
  Printf.printf "nth_opt 5 = %s\n" (match List.nth_opt l 5 with Some v -> string_of_int v | None -> "None");
  (try ignore (List.nth_opt l (-2)) with Invalid_argument m -> Printf.printf "nth_opt -2: %S\n" m);
  (try ignore (List.hd []) with Failure m -> Printf.printf "hd: %S\n" m);
  (try ignore (List.tl []) with Failure m -> Printf.printf "tl: %S\n" m);
  (try ignore (List.init (-1) (fun x -> x)) with Invalid_argument m -> Printf.printf "init: %S\n" m);
  (try ignore (List.combine [ 1 ] []) with Invalid_argument m -> Printf.printf "combine: %S\n" m);
  (try ignore (List.map2 ( + ) [ 1 ] []) with Invalid_argument m -> Printf.printf "map2: %S\n" m);
  (try ignore (List.fold_left2 (fun a _ _ -> a) 0 [ 1 ] []) with Invalid_argument m -> Printf.printf "fold_left2: %S\n" m);
  (try ignore (List.for_all2 ( = ) [ 1 ] [ 1; 2 ]) with Invalid_argument m -> Printf.printf "for_all2: %S\n" m);
  (try ignore (List.find (fun x -> x > 100) l) with Not_found -> print_endline "find: Not_found")
