let () =
  List.iter (fun s -> print_string s; print_char ' ') [ "one"; "two"; "three" ];
  print_newline ();
  List.iteri (fun i s -> Printf.printf "%d=%s\n" i s) [ "zero"; "one"; "two" ];
  List.iter2 (fun a b -> Printf.printf "%s:%d " a b) [ "a"; "b"; "c" ] [ 1; 2; 3 ];
  print_newline ();
  (try List.iter2 (fun _ _ -> ()) [ 1; 2 ] [ 1 ]
   with Invalid_argument m -> Printf.printf "Invalid_argument %S\n" m);
  let total = ref 0 in
  List.iter (fun x -> total := !total + x) (List.init 100 (fun i -> i + 1));
  Printf.printf "total %d\n" !total;
  List.iter print_endline [];
  let count = ref 0 in
  List.iter (fun _ -> incr count) [ (); (); () ];
  Printf.printf "count %d\n" !count
