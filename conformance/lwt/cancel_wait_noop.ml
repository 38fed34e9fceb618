let () =
  let p, r = Lwt.wait () in
  Lwt.cancel p;
  Printf.printf "sleeping %b\n" (Lwt.is_sleeping p);
  Lwt.wakeup r ();
  print_endline "woken fine"
