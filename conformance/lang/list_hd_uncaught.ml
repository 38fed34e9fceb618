let rec sum_pairs l =
  match l with
  | [] -> []
  | _ -> (List.hd l + List.hd (List.tl l)) :: sum_pairs (List.tl (List.tl l))

let () =
  let show l = String.concat " " (List.map string_of_int l) in
  print_endline (show (sum_pairs [ 1; 2; 3; 4 ]));
  print_endline (show (sum_pairs [ 10; 20 ]));
  print_endline (show (sum_pairs []));
  print_endline "odd length next";
  print_endline (show (sum_pairs [ 1; 2; 3 ]))
