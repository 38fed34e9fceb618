let () =
  let p, r = Lwt.wait () in
  let inner, _ = Lwt.task () in
  let q = Lwt.bind p (fun () -> print_endline "bound"; inner) in
  Lwt.wakeup r ();
  Lwt.cancel q;
  (match Lwt.state inner with Lwt.Fail Lwt.Canceled -> print_endline "inner canceled" | _ -> print_endline "inner not");
  (match Lwt.state q with Lwt.Fail Lwt.Canceled -> print_endline "q canceled" | _ -> print_endline "q not")
