let () =
  Lwt_main.run (
    let%lwt r = try%lwt Lwt_io.read_line Lwt_io.stdin with End_of_file -> Lwt.return "EOF" in
    Lwt_io.printl r)
