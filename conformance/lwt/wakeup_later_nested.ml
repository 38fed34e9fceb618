let () =
  let p1, r1 = Lwt.wait () in
  let p2, r2 = Lwt.wait () in
  ignore (Lwt.map (fun () -> print_endline "A start"; Lwt.wakeup_later r2 (); print_endline "A end") p1);
  ignore (Lwt.map (fun () -> print_endline "B") p1);
  ignore (Lwt.map (fun () -> print_endline "p2 cb") p2);
  Lwt.wakeup_later r1 ();
  print_endline "end"
