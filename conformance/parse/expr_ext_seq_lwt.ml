let f () =
  write "a";%lwt
  write "b";%lwt
  Lwt.return_unit
