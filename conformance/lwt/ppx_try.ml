let () =
  Lwt_main.run (
    let%lwt a = try%lwt Lwt.fail Exit with Exit -> Lwt.return "async exit" in
    let%lwt b = try%lwt raise Not_found with Not_found -> Lwt.return "sync not_found" in
    let%lwt c = try%lwt Lwt.return "fine" with _ -> Lwt.return "never" in
    let%lwt d = try%lwt (try%lwt Lwt.fail (Failure "x") with Exit -> Lwt.return "wrong") with Failure s -> Lwt.return ("outer " ^ s) in
    List.iter print_endline [a; b; c; d];
    Lwt.return ())
