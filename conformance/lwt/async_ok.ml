let () =
  let p, r = Lwt.wait () in
  Lwt.async (fun () -> let%lwt v = p in Printf.printf "async got %d\n" v; Lwt.return ());
  print_endline "after async";
  Lwt.wakeup r 9;
  print_endline "end"
