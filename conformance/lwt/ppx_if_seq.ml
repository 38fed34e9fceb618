let () =
  Lwt_main.run (
    let%lwt () = if%lwt Lwt.return true then (print_endline "then"; Lwt.return ()) in
    let%lwt () = if%lwt Lwt.return false then Lwt.return () else (print_endline "else"; Lwt.return ()) in
    Lwt_io.printl "one";%lwt
    Lwt_io.printl "two")
