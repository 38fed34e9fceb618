let show l = "[" ^ String.concat "; " (List.map string_of_int l) ^ "]"

let () =
  let l = [ 1; 2; 3; 4; 5 ] in
  print_endline (show (List.map (fun x -> x * x) l));
  print_endline (show (List.mapi (fun i x -> i * x) l));
  print_endline (show (List.map succ []));
  print_endline (String.concat "," (List.map string_of_int l));
  (* evaluation order of List.map's function applications *)
  let _ = List.map (fun x -> Printf.printf "map %d\n" x; x) [ 1; 2; 3 ] in
  let _ = List.mapi (fun i x -> Printf.printf "mapi %d %d\n" i x; x) [ 10; 20 ] in
  let _ = List.rev_map (fun x -> Printf.printf "rev_map %d\n" x; x) [ 1; 2; 3 ] in
  print_endline (show (List.rev_map (fun x -> x + 100) l));
  print_endline (show (List.map2 ( + ) [ 1; 2; 3 ] [ 10; 20; 30 ]))
