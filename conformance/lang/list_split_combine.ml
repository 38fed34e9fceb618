let () =
  let pairs = [ (1, "one"); (2, "two"); (3, "three") ] in
  let nums, names = List.split pairs in
  print_endline (String.concat "," (List.map string_of_int nums));
  print_endline (String.concat "," names);
  let back = List.combine nums names in
  List.iter (fun (n, s) -> Printf.printf "(%d,%s)" n s) back;
  print_newline ();
  Printf.printf "%b\n" (back = pairs);
  let a, b = List.split [] in
  Printf.printf "%d %d\n" (List.length a) (List.length b);
  (match List.combine [ 1; 2 ] [ "x" ] with
   | _ -> print_endline "combined?"
   | exception Invalid_argument m -> Printf.printf "Invalid_argument %S\n" m);
  let zipped = List.combine [ 'a'; 'b'; 'c' ] [ true; false; true ] in
  List.iter (fun (c, b) -> Printf.printf "%c%B " c b) zipped;
  print_newline ();
  let unzip3 l = List.fold_right (fun (a, b, c) (x, y, z) -> (a :: x, b :: y, c :: z)) l ([], [], []) in
  let x, y, z = unzip3 [ (1, 2, 3); (4, 5, 6) ] in
  Printf.printf "%d %d %d\n" (List.nth x 1) (List.nth y 1) (List.nth z 0)
