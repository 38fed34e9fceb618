let () =
  Lwt_main.run (
    let p1 = Lwt.bind (Lwt.pause ()) (fun () -> print_endline "pause 1"; Lwt.return ()) in
    let p2 = Lwt.bind (Lwt.pause ()) (fun () -> print_endline "pause 2"; Lwt.return ()) in
    print_endline "paused both";
    Lwt.join [p1; p2])
