let () =
  Lwt.dont_wait (fun () -> Lwt.fail Exit) (fun e -> print_endline ("handler " ^ Printexc.to_string e));
  Lwt.dont_wait (fun () -> raise Not_found) (fun e -> print_endline ("handler " ^ Printexc.to_string e));
  Lwt.dont_wait (fun () -> Lwt.return ()) (fun _ -> print_endline "never");
  print_endline "end"
