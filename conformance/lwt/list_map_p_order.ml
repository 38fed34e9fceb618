let () =
  Lwt_main.run (
    let%lwt l = Lwt_list.map_p (fun (n, d) -> let%lwt () = Lwt_unix.sleep d in Printf.printf "woke %s\n" n; Lwt.return n)
        [("a", 0.03); ("b", 0.01); ("c", 0.02)] in
    print_endline (String.concat "" l);
    Lwt.return ())
