let () =
  let p, r = Lwt.wait () in
  let q = Lwt.bind p (fun () -> failwith "inside") in
  Lwt.wakeup r ();
  match Lwt.state q with
  | Lwt.Fail e -> print_endline ("failed: " ^ Printexc.to_string e)
  | _ -> print_endline "?"
