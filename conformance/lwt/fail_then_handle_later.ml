let () =
  let p, r = Lwt.wait () in
  let q = Lwt.map (fun () -> print_endline "never") p in
  Lwt.wakeup_exn r (Failure "x");
  print_endline "no crash for unobserved rejection";
  match Lwt.state q with Lwt.Fail e -> print_endline (Printexc.to_string e) | _ -> ()
