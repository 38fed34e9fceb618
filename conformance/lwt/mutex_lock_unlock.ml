let () =
  let m = Lwt_mutex.create () in
  Lwt_main.run (
    let%lwt () = Lwt_mutex.lock m in
    Printf.printf "locked %b empty %b\n" (Lwt_mutex.is_locked m) (Lwt_mutex.is_empty m);
    let waiter = Lwt.map (fun () -> print_endline "waiter got it") (Lwt_mutex.lock m) in
    Printf.printf "empty %b\n" (Lwt_mutex.is_empty m);
    print_endline "unlocking";
    Lwt_mutex.unlock m;
    let%lwt () = waiter in
    Lwt_mutex.unlock m;
    Printf.printf "locked %b\n" (Lwt_mutex.is_locked m);
    Lwt.return ())
