let run p =
  Lwt.try_bind (fun () -> p)
    (fun v -> Printf.printf "ok %d\n" v; Lwt.return ())
    (fun e -> Printf.printf "error %s\n" (Printexc.to_string e); Lwt.return ())
let () =
  ignore (run (Lwt.return 1));
  ignore (run (Lwt.fail Exit));
  let p, r = Lwt.wait () in
  ignore (run p);
  print_endline "pending registered";
  Lwt.wakeup r 42
