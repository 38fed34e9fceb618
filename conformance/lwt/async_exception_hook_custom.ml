let () =
  Lwt.async_exception_hook := (fun e -> Printf.printf "hook: %s\n" (Printexc.to_string e));
  Lwt.async (fun () -> failwith "sync");
  let p, r = Lwt.wait () in
  Lwt.async (fun () -> let%lwt () = p in raise Not_found);
  print_endline "before wake";
  Lwt.wakeup r ();
  print_endline "end"
