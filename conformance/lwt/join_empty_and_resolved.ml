let () =
  (match Lwt.state (Lwt.join []) with Lwt.Return () -> print_endline "empty ok" | _ -> ());
  (match Lwt.state (Lwt.join [Lwt.return (); Lwt.fail Exit; Lwt.fail Not_found]) with
   | Lwt.Fail e -> print_endline (Printexc.to_string e) | _ -> print_endline "?")
