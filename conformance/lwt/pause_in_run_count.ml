let () =
  Lwt_main.run (
    let a = Lwt.pause () in
    let b = Lwt.pause () in
    Printf.printf "paused %d\n" (Lwt.paused_count ());
    let%lwt () = a in
    Printf.printf "after a: %d, b sleeping %b\n" (Lwt.paused_count ()) (Lwt.is_sleeping b);
    b)
