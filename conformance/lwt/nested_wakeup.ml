let () =
  let p1, r1 = Lwt.wait () in
  let p2, r2 = Lwt.wait () in
  ignore (Lwt.map (fun () -> print_endline "p1 cb A"; Lwt.wakeup r2 (); print_endline "p1 cb A done") p1);
  ignore (Lwt.map (fun () -> print_endline "p1 cb B") p1);
  ignore (Lwt.map (fun () -> print_endline "p2 cb") p2);
  Lwt.wakeup r1 ();
  print_endline "end"
