let () =
  (match Lwt.state Lwt.return_unit with Lwt.Return () -> print_endline "unit" | _ -> ());
  (match Lwt.state Lwt.return_none with Lwt.Return None -> print_endline "none" | _ -> ());
  (match Lwt.state (Lwt.return_some 4) with Lwt.Return (Some n) -> Printf.printf "some %d\n" n | _ -> ());
  (match Lwt.state Lwt.return_nil with Lwt.Return [] -> print_endline "nil" | _ -> ());
  (match Lwt.state Lwt.return_true with Lwt.Return true -> print_endline "true" | _ -> ());
  (match Lwt.state Lwt.return_false with Lwt.Return false -> print_endline "false" | _ -> ());
  (match Lwt.state (Lwt.return_ok 1) with Lwt.Return (Ok n) -> Printf.printf "ok %d\n" n | _ -> ());
  (match Lwt.state (Lwt.return_error "e") with Lwt.Return (Error s) -> Printf.printf "error %s\n" s | _ -> ())
