let () =
  Printf.printf "%d\n" (Fun.id 42);
  Printf.printf "%s\n" (Fun.const "always" 99);
  Printf.printf "%d\n" (Fun.flip ( - ) 1 10);
  let is_even x = x mod 2 = 0 in
  let odd = Fun.negate is_even in
  print_endline (String.concat " " (List.map string_of_int (List.filter odd [ 1; 2; 3; 4; 5 ])));
  List.iter (fun f -> Printf.printf "%d " (f 3)) [ Fun.id; Fun.const 0; succ ];
  print_newline ();
  let r = Fun.protect ~finally:(fun () -> print_endline "finally") (fun () -> "body result") in
  print_endline r;
  (try Fun.protect ~finally:(fun () -> print_endline "finally after exception") (fun () -> failwith "body failed")
   with Failure m -> print_endline ("caught " ^ m));
  let sorted = List.sort (Fun.flip compare) [ 3; 1; 2 ] in
  print_endline (String.concat " " (List.map string_of_int sorted))
