let show l = String.concat " " (List.map string_of_int l)

let () =
  let l = [ 5; 2; 8; 1; 9; 3; 7; 4; 6; 0 ] in
  print_endline (show (List.sort compare l));
  print_endline (show (List.sort (fun a b -> compare b a) l));
  print_endline (show (List.sort compare []));
  print_endline (show (List.sort compare [ 1 ]));
  print_endline (show (List.sort_uniq compare [ 3; 1; 3; 2; 1 ]));
  let words = [ "banana"; "Apple"; "cherry"; "apple"; "date"; "fig" ] in
  print_endline (String.concat " " (List.sort compare words));
  print_endline (String.concat " " (List.sort (fun a b -> compare (String.length a) (String.length b)) words));
  let pairs = [ (2, "b"); (1, "z"); (2, "a"); (1, "a") ] in
  List.iter (fun (n, s) -> Printf.printf "(%d,%s) " n s) (List.sort compare pairs);
  print_newline ();
  print_endline (show (List.merge compare [ 1; 4; 7 ] [ 2; 3; 8; 9 ]));
  let big = List.init 1000 (fun i -> (i * 7919) mod 1000) in
  let sorted = List.sort compare big in
  Printf.printf "%d %d %d\n" (List.hd sorted) (List.nth sorted 500) (List.nth sorted 999);
  let comparisons = ref 0 in
  let _ = List.sort (fun a b -> incr comparisons; compare a b) [ 5; 4; 3; 2; 1; 6; 7; 8 ] in
  Printf.printf "comparisons %d\n" !comparisons
