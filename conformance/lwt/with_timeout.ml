let () =
  Lwt_main.run (
    Lwt.catch
      (fun () -> Lwt_unix.with_timeout 0.01 (fun () -> Lwt.bind (Lwt_unix.sleep 1.0) (fun () -> Lwt.return "late")))
      (function Lwt_unix.Timeout -> Lwt.return "timeout" | e -> raise e)
    |> Lwt.map print_endline)
