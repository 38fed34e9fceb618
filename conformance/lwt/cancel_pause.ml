let () =
  Lwt_main.run (
    let p = Lwt.pause () in
    Lwt.cancel p;
    (match Lwt.state p with Lwt.Fail Lwt.Canceled -> print_endline "pause canceled" | _ -> print_endline "pause not canceled");
    Lwt.return ())
