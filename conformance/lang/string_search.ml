let show_opt = function None -> "None" | Some i -> "Some " ^ string_of_int i
let try_ f = try f () with Not_found -> "Not_found" | Invalid_argument m -> "Invalid_argument " ^ m
let () =
  let s = "a/b//c/" in
  List.iter (fun p -> Printf.printf "[%s]" p) (String.split_on_char '/' s); print_newline ();
  List.iter (fun p -> Printf.printf "[%s]" p) (String.split_on_char '/' ""); print_newline ();
  List.iter (fun p -> Printf.printf "[%s]" p) (String.split_on_char 'x' "abc"); print_newline ();
  print_endline (show_opt (String.index_opt s '/'));
  print_endline (show_opt (String.rindex_opt s '/'));
  print_endline (show_opt (String.index_from_opt s 2 '/'));
  print_endline (show_opt (String.index_from_opt s 7 '/'));
  print_endline (show_opt (String.rindex_from_opt s 3 '/'));
  print_endline (show_opt (String.rindex_from_opt s (-1) '/'));
  print_endline (try_ (fun () -> string_of_int (String.index s 'z')));
  print_endline (try_ (fun () -> string_of_int (String.rindex s 'z')));
  print_endline (try_ (fun () -> string_of_int (String.index_from s 8 'z')));
  print_endline (try_ (fun () -> string_of_int (String.rindex_from s 7 'z')));
  print_endline (try_ (fun () -> String.sub s 2 3));
  print_endline (try_ (fun () -> String.sub s 5 3));
  print_endline (try_ (fun () -> String.sub s (-1) 1));
  print_endline (try_ (fun () -> String.sub s 7 0));
  Printf.printf "%b %b %b\n" (String.contains s 'c') (String.contains_from s 6 'c') (String.rcontains_from s 1 'a');
  print_endline (try_ (fun () -> string_of_bool (String.contains_from s 9 'c')))
