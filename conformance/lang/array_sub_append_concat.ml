let show a = "[|" ^ String.concat ";" (Array.to_list (Array.map string_of_int a)) ^ "|]"

let () =
  let a = [| 1; 2; 3 |] and b = [| 4; 5 |] in
  print_endline (show (Array.append a b));
  print_endline (show (Array.append [||] b));
  print_endline (show (Array.concat [ a; [||]; b; a ]));
  print_endline (show (Array.concat []));
  print_endline (show (Array.sub a 1 2));
  print_endline (show (Array.sub a 3 0));
  let c = Array.copy a in
  c.(0) <- 100;
  Printf.printf "%s %s\n" (show a) (show c);
  let ap = Array.append a b in
  ap.(0) <- -1;
  Printf.printf "%s %s\n" (show a) (show ap);
  (try ignore (Array.sub a 2 2) with Invalid_argument m -> Printf.printf "sub: %S\n" m);
  (try ignore (Array.sub a (-1) 1) with Invalid_argument m -> Printf.printf "sub: %S\n" m);
  Printf.printf "%d\n" (Array.length (Array.concat (List.init 10 (fun i -> Array.make i 0))))
