let () =
  let a = [| 1; 2; 3; 4; 5 |] in
  let sq = Array.map (fun x -> x * x) a in
  Array.iter (Printf.printf "%d ") sq;
  print_newline ();
  let m = Array.mapi (fun i x -> Printf.sprintf "%d:%d" i x) a in
  print_endline (String.concat "," (Array.to_list m));
  Printf.printf "fold_left %d\n" (Array.fold_left ( + ) 0 a);
  Printf.printf "fold_right %s\n" (Array.fold_right (fun x acc -> string_of_int x ^ acc) a "");
  Printf.printf "fold_left - %d\n" (Array.fold_left ( - ) 0 a);
  Printf.printf "fold_right - %d\n" (Array.fold_right ( - ) a 0);
  let m2 = Array.map2 ( * ) a [| 10; 20; 30; 40; 50 |] in
  Array.iter (Printf.printf "%d ") m2;
  print_newline ();
  (try ignore (Array.map2 ( + ) a [| 1 |]) with Invalid_argument m -> Printf.printf "map2: %S\n" m);
  let _ = Array.map (fun x -> Printf.printf "map %d\n" x) [| 1; 2; 3 |] in
  let acc, b = Array.fold_left_map (fun acc x -> (acc + x, acc * x)) 0 a in
  Printf.printf "%d %s\n" acc (String.concat "," (Array.to_list (Array.map string_of_int b)));
  Printf.printf "%d\n" (Array.fold_left max min_int [| 3; 17; -4 |])
