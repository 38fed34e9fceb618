let () =
  Lwt_main.run (
    let%lwt x = Lwt.return 1 in
    let%lwt y = Lwt.return 2 and z = Lwt.return 3 in
    Printf.printf "%d\n" (x + y + z);
    Lwt.return ())
