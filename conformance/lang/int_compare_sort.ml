let () =
  let l = [ 5; 3; -1; max_int; min_int; 0; 3; -100; 42 ] in
  let show l = print_endline (String.concat " " (List.map string_of_int l)) in
  show (List.sort compare l);
  show (List.sort (fun a b -> compare b a) l);
  show (List.sort_uniq compare l);
  (* a broken comparator by subtraction overflows *)
  show (List.sort (fun a b -> a - b) [ max_int; min_int; 0; 1; -1 ]);
  Printf.printf "%d %d %d\n" (compare 1 2) (compare 2 1) (compare 5 5);
  Printf.printf "%b %b %b\n" (1 < 2) (min_int < max_int) (-0 = 0);
  Printf.printf "%d %d\n" (max 3 9) (min 3 9);
  let a = [| 9; 8; 7; 1; 2; 3 |] in
  Array.sort compare a;
  show (Array.to_list a)
