let () =
  let a, _ = Lwt.task () and b, _ = Lwt.task () in
  Lwt.on_cancel a (fun () -> print_endline "a canceled");
  Lwt.on_cancel b (fun () -> print_endline "b canceled");
  let j = Lwt.join [a; b] in
  Lwt.cancel j;
  match Lwt.state j with Lwt.Fail e -> print_endline (Printexc.to_string e) | _ -> print_endline "j?"
