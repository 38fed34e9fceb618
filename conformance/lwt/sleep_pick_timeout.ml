let () =
  Lwt_main.run (
    let slow = Lwt.bind (Lwt_unix.sleep 0.05) (fun () -> print_endline "slow done"; Lwt.return "slow") in
    let fast = Lwt.bind (Lwt_unix.sleep 0.01) (fun () -> Lwt.return "fast") in
    Lwt.map print_endline (Lwt.pick [slow; fast]));
  Lwt_main.run (Lwt_unix.sleep 0.06);
  print_endline "end"
