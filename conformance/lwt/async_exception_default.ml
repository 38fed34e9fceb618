let () =
  print_endline "start";
  Lwt.async (fun () -> Lwt.fail (Failure "unhandled"));
  print_endline "not reached"
