let () =
  let p, r = Lwt.wait () in
  Lwt.on_any p (fun v -> Printf.printf "success %d\n" v) (fun _ -> print_endline "fail");
  Lwt.on_success p (fun v -> Printf.printf "on_success %d\n" v);
  Lwt.wakeup r 8;
  Lwt.on_success (Lwt.return 1) (fun v -> Printf.printf "immediate %d\n" v)
