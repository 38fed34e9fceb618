let () =
  let l = [ 3; 1; 4; 1; 5; 9; 2; 6 ] in
  List.iter (fun x -> Printf.printf "mem %d = %b\n" x (List.mem x l)) [ 1; 7; 9; 0 ];
  Printf.printf "%b\n" (List.mem "b" [ "a"; "b" ]);
  Printf.printf "%b\n" (List.mem [ 1; 2 ] [ [ 1 ]; [ 1; 2 ] ]);
  Printf.printf "%b\n" (List.mem (1, 'a') [ (1, 'b'); (1, 'a') ]);
  Printf.printf "%b\n" (List.memq "b" [ "a"; "b" ]);
  let s = "shared" in
  Printf.printf "%b\n" (List.memq s [ "x"; s ]);
  Printf.printf "%b\n" (List.mem nan [ nan ]);
  Printf.printf "%b\n" (List.mem 1.0 [ 0.5; 1.0 ]);
  Printf.printf "%b\n" (List.mem None [ Some 1; None ]);
  let dedup l = List.rev (List.fold_left (fun acc x -> if List.mem x acc then acc else x :: acc) [] l) in
  print_endline (String.concat " " (List.map string_of_int (dedup l)))
