let () =
  let v = Lwt_main.run (Lwt.map (fun x -> x * 2) (Lwt.bind (Lwt_unix.sleep 0.001) (fun () -> Lwt.return 21))) in
  Printf.printf "%d\n" v
