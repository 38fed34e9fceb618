let () =
  let p, r = Lwt.wait () in
  let h, rh = Lwt.wait () in
  let q = Lwt.catch (fun () -> p) (fun e -> print_endline ("handling " ^ Printexc.to_string e); h) in
  Lwt.wakeup_exn r Not_found;
  Printf.printf "q sleeping %b\n" (Lwt.is_sleeping q);
  Lwt.wakeup rh 3;
  match Lwt.state q with Lwt.Return n -> Printf.printf "q %d\n" n | _ -> ()
