let () =
  let m = Lwt_mutex.create () in
  Lwt_main.run (
    let%lwt r = try%lwt Lwt_mutex.with_lock m (fun () -> Lwt.fail Exit) with Exit -> Lwt.return "exit" in
    Printf.printf "%s, locked %b\n" r (Lwt_mutex.is_locked m);
    Lwt.return ())
