let () =
  for i = 1 to 3 do
    Lwt_main.run (let%lwt () = Lwt_unix.sleep 0.001 in Printf.printf "run %d\n" i; Lwt.return ())
  done
