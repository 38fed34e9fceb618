let () =
  Lwt.ignore_result (Lwt.return 1);
  let p, r = Lwt.wait () in
  Lwt.ignore_result p;
  Lwt.wakeup r 2;
  print_endline "fine";
  (try Lwt.ignore_result (Lwt.fail Exit) with Exit -> print_endline "raised Exit")
