let () =
  let p, r = Lwt.wait () in
  let q = Lwt.catch (fun () -> p) (fun e -> Printf.printf "caught %s\n" (Printexc.to_string e); Lwt.return 0) in
  Lwt.wakeup_exn r (Failure "late");
  match Lwt.state q with Lwt.Return n -> Printf.printf "value %d\n" n | _ -> print_endline "?"
