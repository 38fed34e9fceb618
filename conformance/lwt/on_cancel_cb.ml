let () =
  let p, _ = Lwt.task () in
  Lwt.on_cancel p (fun () -> print_endline "on_cancel ran");
  Lwt.on_success p (fun () -> print_endline "never");
  Lwt.on_failure p (fun e -> print_endline ("on_failure " ^ Printexc.to_string e));
  Lwt.on_termination p (fun () -> print_endline "terminated");
  Lwt.cancel p;
  print_endline "end"
