let f () =
  try%lwt
    let%lwt () = step () in
    Lwt.return 1
  with Failure _ -> Lwt.return 0
