let counter = ref 0

let () =
  at_exit (fun () -> print_endline "registered first, runs last");
  at_exit (fun () -> print_endline "registered second");
  at_exit (fun () -> Printf.printf "third, counter=%d\n" !counter);
  print_endline "main body";
  for i = 1 to 5 do counter := !counter + i done;
  at_exit (fun () -> prerr_endline "to stderr at exit");
  at_exit (fun () -> print_string "no newline from at_exit; ");
  print_endline "main body end"
