let () =
  let p, r = Lwt.wait () in
  let q = Lwt.finalize (fun () -> print_endline "body"; p) (fun () -> print_endline "finally"; Lwt.return ()) in
  ignore (Lwt.map (fun v -> Printf.printf "value %d\n" v) q);
  print_endline "waking";
  Lwt.wakeup r 3;
  let q2 = Lwt.finalize (fun () -> Lwt.fail Exit) (fun () -> print_endline "finally 2"; Lwt.return ()) in
  match Lwt.state q2 with Lwt.Fail Exit -> print_endline "Exit kept" | _ -> ()
