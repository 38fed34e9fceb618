let () =
  let p, _ = Lwt.task () in
  let q = Lwt.catch (fun () -> p) (function Lwt.Canceled -> print_endline "recovering"; Lwt.return 0 | e -> Lwt.fail e) in
  Lwt.cancel q;
  match Lwt.state q with Lwt.Return n -> Printf.printf "q %d\n" n | Lwt.Fail e -> print_endline (Printexc.to_string e) | _ -> print_endline "?"
