let () =
  (try ignore (Lwt.choose []) with Invalid_argument s -> print_endline s);
  (try ignore (Lwt.pick []) with Invalid_argument s -> print_endline s);
  (try ignore (Lwt.nchoose []) with Invalid_argument s -> print_endline s);
  (try ignore (Lwt.npick []) with Invalid_argument s -> print_endline s);
  (try ignore (Lwt.nchoose_split []) with Invalid_argument s -> print_endline s);
  let _, r = Lwt.wait () in Lwt.wakeup_exn r Exit;
  (try Lwt.wakeup_exn r Exit with Invalid_argument s -> print_endline s);
  (try Lwt.wakeup_later r 1 with Invalid_argument s -> print_endline s);
  (try Lwt.wakeup_later_exn r Exit with Invalid_argument s -> print_endline s);
  let p, r = Lwt.task () in Lwt.cancel p; Lwt.wakeup r 1; print_endline "wakeup canceled ok";
  let p = Lwt.choose [Lwt.return 1; Lwt.return 2; Lwt.return 3; Lwt.return 4] in
  (match Lwt.state p with Lwt.Return n -> Printf.printf "choose %d\n" n | _ -> ());
  let p = Lwt.choose [Lwt.return 1; Lwt.return 2; Lwt.return 3; Lwt.return 4] in
  (match Lwt.state p with Lwt.Return n -> Printf.printf "choose %d\n" n | _ -> ())
