let () =
  let a, ra = Lwt.wait () and b, rb = Lwt.wait () in
  let c = Lwt.choose [a; b] in
  Lwt.wakeup rb "b";
  Lwt.wakeup ra "a";
  (match Lwt.state c with Lwt.Return s -> print_endline s | _ -> ());
  (match Lwt.state (Lwt.choose [Lwt.return 1; Lwt.return 2]) with Lwt.Return n -> Printf.printf "%d\n" n | _ -> ())
