let () =
  (try ignore (Lwt_main.run (Lwt.bind (Lwt_unix.sleep 0.001) (fun () -> Lwt.fail Not_found)))
   with Not_found -> print_endline "caught Not_found");
  Lwt_main.run (Lwt.fail_with "end")
