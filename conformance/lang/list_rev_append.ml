let show l = "[" ^ String.concat "; " (List.map string_of_int l) ^ "]"

let () =
  print_endline (show (List.rev [ 1; 2; 3; 4 ]));
  print_endline (show (List.rev []));
  print_endline (show (List.append [ 1; 2 ] [ 3; 4 ]));
  print_endline (show ([ 1 ] @ [ 2 ] @ [] @ [ 3; 4 ]));
  print_endline (show (List.rev_append [ 1; 2; 3 ] [ 4; 5 ]));
  let big = List.init 200_000 (fun i -> i) in
  Printf.printf "%d\n" (List.length (List.rev big));
  Printf.printf "%d\n" (List.hd (List.rev big));
  let medium = List.init 50_000 (fun i -> i) in
  Printf.printf "%d\n" (List.length (medium @ medium));
  let l1 = [ 1; 2 ] in
  let l2 = l1 @ [] in
  Printf.printf "%b %b\n" (l1 = l2) (l1 == l2);
  let l3 = [] @ l1 in
  Printf.printf "%b\n" (l3 == l1);
  print_endline (show (List.concat [ [ 1 ]; []; [ 2; 3 ] ]))
