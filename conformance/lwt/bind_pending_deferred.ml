let () =
  let p, r = Lwt.wait () in
  let _ = Lwt.bind p (fun x -> Printf.printf "got %d\n" x; Lwt.return ()) in
  print_endline "registered";
  Lwt.wakeup r 5;
  print_endline "woken"
