let () =
  let p, _ = Lwt.task () in
  let q = Lwt.bind p (fun () -> Lwt.return 1) in
  Lwt.cancel q;
  (match Lwt.state p with Lwt.Fail Lwt.Canceled -> print_endline "p canceled" | _ -> print_endline "p not");
  (match Lwt.state q with Lwt.Fail Lwt.Canceled -> print_endline "q canceled" | _ -> print_endline "q not")
