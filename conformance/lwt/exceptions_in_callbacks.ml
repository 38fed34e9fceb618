let () =
  let p, r = Lwt.wait () in
  Lwt.on_success p (fun () -> print_endline "first cb");
  Lwt.on_success p (fun () -> failwith "cb raises");
  Lwt.async_exception_hook := (fun e -> print_endline ("hook " ^ Printexc.to_string e));
  Lwt.wakeup r ();
  print_endline "end"
