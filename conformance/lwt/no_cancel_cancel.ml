let () =
  let p, _ = Lwt.task () in
  let q = Lwt.no_cancel p in
  Lwt.cancel q;
  (match Lwt.state p with Lwt.Sleep -> print_endline "p sleeping" | _ -> print_endline "p resolved");
  (match Lwt.state q with Lwt.Sleep -> print_endline "q sleeping" | _ -> print_endline "q other")
