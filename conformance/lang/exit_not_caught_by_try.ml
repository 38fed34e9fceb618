let () =
  at_exit (fun () -> print_endline "at_exit ran");
  (try
     print_endline "inside try";
     exit 7
   with _ -> print_endline "exit is not an exception you can catch");
  print_endline "not reached"

let () =
  print_endline "second toplevel binding not reached either"
