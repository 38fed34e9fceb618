let () =
  let a, ra = Lwt.wait () and b, rb = Lwt.wait () in
  let j = Lwt.join [Lwt.map (fun () -> print_endline "a done") a; Lwt.map (fun () -> print_endline "b done") b] in
  ignore (Lwt.map (fun () -> print_endline "joined") j);
  Lwt.wakeup rb ();
  print_endline "b woken";
  Lwt.wakeup ra ();
  print_endline "end"
