let () =
  Lwt_main.run (
    let s = Lwt_unix.sleep 10.0 in
    Lwt.cancel s;
    (match Lwt.state s with Lwt.Fail Lwt.Canceled -> print_endline "sleep canceled" | _ -> print_endline "sleep not canceled");
    Lwt.return ())
