let items = [ 1; 2 ]

let () =
  at_exit (fun () -> print_endline "at_exit handler runs even on uncaught exception");
  at_exit (fun () -> print_string "unflushed text from at_exit");
  print_endline "working";
  List.iter (fun i -> Printf.printf "item %d\n" i) items;
  print_string "about to ask for item 5... ";
  let x = List.nth items 5 in
  Printf.printf "got %d\n" x
