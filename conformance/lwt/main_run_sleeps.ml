let () =
  Lwt_main.run (
    let t name d = Lwt.bind (Lwt_unix.sleep d) (fun () -> print_endline name; Lwt.return ()) in
    Lwt.join [t "third" 0.03; t "first" 0.01; t "second" 0.02])
