let () =
  let a, ra = Lwt.task () and b, _ = Lwt.task () in
  Lwt.on_cancel b (fun () -> print_endline "b canceled");
  let c = Lwt.pick [a; b] in
  Lwt.wakeup ra 1;
  (match Lwt.state c with Lwt.Return n -> Printf.printf "picked %d\n" n | _ -> ());
  (match Lwt.state b with Lwt.Fail Lwt.Canceled -> print_endline "b is Canceled" | _ -> print_endline "b?")
