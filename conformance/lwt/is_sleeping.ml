let () =
  let p, r = Lwt.wait () in
  Printf.printf "%b\n" (Lwt.is_sleeping p);
  Lwt.wakeup r ();
  Printf.printf "%b\n" (Lwt.is_sleeping p);
  Printf.printf "%b\n" (Lwt.is_sleeping (Lwt.return ()))
