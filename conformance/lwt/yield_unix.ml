let () =
  Lwt_main.run (
    let a = Lwt.bind (Lwt_unix.yield ()) (fun () -> print_endline "a"; Lwt.return ()) in
    print_endline "start";
    let b = Lwt.bind (Lwt.pause ()) (fun () -> print_endline "b"; Lwt.return ()) in
    Lwt.join [a; b])
