let () =
  let p1, r1 = Lwt.wait () and p2, r2 = Lwt.wait () in
  let q = Lwt.bind p1 (fun () -> print_endline "bound to p2"; p2) in
  ignore (Lwt.map (fun s -> print_endline ("q: " ^ s)) q);
  ignore (Lwt.map (fun s -> print_endline ("p2: " ^ s)) p2);
  Lwt.wakeup r1 ();
  print_endline "p1 woken";
  Lwt.wakeup r2 "v";
  print_endline "end"
