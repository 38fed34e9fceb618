let () =
  print_endline (Printexc.to_string Not_found);
  print_endline (Printexc.to_string (Failure "x"));
  print_endline (Printexc.to_string (Invalid_argument "y"));
  (try assert false with e -> print_endline (Printexc.to_string e));
  let q = Queue.create () in
  List.iter (fun x -> Queue.add x q) [1; 2; 3];
  print_int (Queue.take q); print_int (Queue.length q); print_newline ();
  let s = Stack.create () in Stack.push 1 s; Stack.push 2 s; print_int (Stack.pop s); print_newline ();
  (try ignore (Stack.pop (Stack.create ())) with Stack.Empty -> print_endline "empty");
  print_endline (Printexc.to_string Stack.Empty);
  print_int (Result.value (Error 1) ~default:5); print_newline ();
  print_int (Int.max 3 9); print_newline ();
  print_int (Fun.protect ~finally:(fun () -> print_endline "fin") (fun () -> 42)); print_newline ()
