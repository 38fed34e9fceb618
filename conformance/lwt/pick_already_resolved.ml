let () =
  let a, _ = Lwt.task () in
  Lwt.on_cancel a (fun () -> print_endline "a canceled");
  let p = Lwt.pick [a; Lwt.return 1] in
  (match Lwt.state p with Lwt.Return n -> Printf.printf "%d\n" n | _ -> ());
  let b, _ = Lwt.task () in
  Lwt.on_cancel b (fun () -> print_endline "b canceled");
  let c = Lwt.choose [b; Lwt.return 2] in
  (match Lwt.state c with Lwt.Return n -> Printf.printf "%d\n" n | _ -> ());
  Printf.printf "b sleeping %b\n" (Lwt.is_sleeping b)
