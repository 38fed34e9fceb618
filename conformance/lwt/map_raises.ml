let () =
  let q = Lwt.map (fun () -> failwith "m") (Lwt.return ()) in
  match Lwt.state q with
  | Lwt.Fail e -> print_endline ("failed: " ^ Printexc.to_string e)
  | _ -> print_endline "?"
