let () =
  let p, _ = Lwt.task () in
  let q = Lwt.protected p in
  Lwt.cancel q;
  (match Lwt.state p with Lwt.Sleep -> print_endline "p sleeping" | _ -> print_endline "p resolved");
  (match Lwt.state q with Lwt.Fail Lwt.Canceled -> print_endline "q canceled" | _ -> print_endline "q other")
