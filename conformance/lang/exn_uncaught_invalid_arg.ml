let percent x =
  if x < 0 || x > 100 then invalid_arg ("percent: " ^ string_of_int x);
  Printf.sprintf "%d%%" x

let () =
  List.iter (fun x -> print_endline (percent x)) [ 0; 50; 100 ];
  (try print_endline (percent (-1))
   with Invalid_argument m -> Printf.printf "caught Invalid_argument %S\n" m);
  print_endline (percent 100);
  print_endline (percent 101)
