let () =
  let p, r = Lwt.wait () in
  for i = 1 to 5 do
    ignore (Lwt.map (fun v -> Printf.printf "cb %d sees %s\n" i v) p)
  done;
  Lwt.wakeup r "x";
  print_endline "end"
