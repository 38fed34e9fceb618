let () =
  let l = [ 1; 2; 3; 4; 5 ] in
  Printf.printf "sum %d\n" (List.fold_left ( + ) 0 l);
  Printf.printf "product %d\n" (List.fold_left ( * ) 1 l);
  Printf.printf "left  %s\n" (List.fold_left (fun acc x -> "(" ^ acc ^ "-" ^ string_of_int x ^ ")") "0" l);
  Printf.printf "right %s\n" (List.fold_right (fun x acc -> "(" ^ string_of_int x ^ "-" ^ acc ^ ")") l "0");
  Printf.printf "fold_left (-) = %d\n" (List.fold_left ( - ) 0 l);
  Printf.printf "fold_right (-) = %d\n" (List.fold_right ( - ) l 0);
  let rev = List.fold_left (fun acc x -> x :: acc) [] l in
  print_endline (String.concat " " (List.map string_of_int rev));
  let maxv = List.fold_left max min_int [ 3; 9; -2; 7 ] in
  Printf.printf "max %d\n" maxv;
  Printf.printf "fold_left2 %d\n" (List.fold_left2 (fun acc a b -> acc + (a * b)) 0 [ 1; 2; 3 ] [ 4; 5; 6 ]);
  Printf.printf "fold_right2 %s\n" (List.fold_right2 (fun a b acc -> a ^ b ^ acc) [ "a"; "b" ] [ "1"; "2" ] "!");
  let _ = List.fold_right (fun x () -> Printf.printf "visit %d\n" x) [ 1; 2; 3 ] () in
  let acc, l2 = List.fold_left_map (fun acc x -> (acc + x, acc)) 0 [ 5; 6; 7 ] in
  Printf.printf "fold_left_map %d [%s]\n" acc (String.concat ";" (List.map string_of_int l2))
