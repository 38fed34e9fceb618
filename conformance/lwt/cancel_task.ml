let () =
  let p, _ = Lwt.task () in
  let q = Lwt.map (fun () -> print_endline "never") p in
  ignore (Lwt.catch (fun () -> q) (fun e -> print_endline ("q: " ^ Printexc.to_string e); Lwt.return ()));
  Lwt.cancel p;
  (match Lwt.state p with Lwt.Fail Lwt.Canceled -> print_endline "p canceled" | _ -> print_endline "?")
