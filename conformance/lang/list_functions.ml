let () =
  let l = [5; 3; 8; 1; 9; 2] in
  let p l = print_endline (String.concat "," (List.map string_of_int l)) in
  p (List.sort compare l); p (List.rev l); p (List.filter (fun x -> x mod 2 = 1) l);
  p (List.map (fun x -> x * 10) l); print_int (List.fold_left ( + ) 0 l); print_newline ();
  let (evens, odds) = List.partition (fun x -> x mod 2 = 0) l in p evens; p odds;
  print_int (List.nth l 2); print_string (string_of_bool (List.mem 8 l)); print_newline ();
  p (List.init 4 (fun i -> i * i)); p (List.concat [[1]; [2; 3]]);
  print_int (List.assoc "b" [("a", 1); ("b", 2)]); print_newline ();
  p (List.sort_uniq compare [3; 1; 3; 2; 1]);
  (try ignore (List.hd []) with Failure m -> print_endline m);
  (try ignore (List.nth l 10) with Failure m -> print_endline m)
