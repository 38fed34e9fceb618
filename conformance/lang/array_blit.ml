let show a = String.concat " " (Array.to_list (Array.map string_of_int a))

let () =
  let src = Array.init 10 (fun i -> i) in
  let dst = Array.make 10 0 in
  Array.blit src 2 dst 5 4;
  print_endline (show dst);
  let a = Array.init 10 Fun.id in
  Array.blit a 0 a 3 5;
  print_endline (show a);
  let a = Array.init 10 Fun.id in
  Array.blit a 4 a 1 5;
  print_endline (show a);
  (try Array.blit src 8 dst 0 5 with Invalid_argument m -> Printf.printf "blit: %S\n" m);
  (try Array.blit src 0 dst (-1) 2 with Invalid_argument m -> Printf.printf "blit: %S\n" m);
  Array.blit src 0 dst 0 0;
  print_endline (show dst);
  let f = Array.make 4 0.5 in
  Array.blit [| 1.5; 2.5 |] 0 f 1 2;
  print_endline (String.concat " " (Array.to_list (Array.map string_of_float f)));
  print_endline (show (Array.sub src 3 4));
  (try ignore (Array.sub src 8 3) with Invalid_argument m -> Printf.printf "sub: %S\n" m)
