let () =
  Lwt_main.run (
    let%lwt () =
      try%lwt (print_endline "body"; Lwt.fail Exit) with Exit -> print_endline "handler"; Lwt.return ()
      [@finally print_endline "finally"; Lwt.return ()] in
    Lwt.return ())
