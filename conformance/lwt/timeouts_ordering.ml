let () =
  Lwt_main.run (
    let log = ref [] in
    let t d name = let%lwt () = Lwt_unix.sleep d in log := name :: !log; Lwt.return () in
    let%lwt () = Lwt.join [t 0.02 "b"; t 0.01 "a"; t 0.03 "c"; t 0.0 "zero"] in
    print_endline (String.concat " " (List.rev !log));
    Lwt.return ())
