let () =
  let c = Lwt_condition.create () in
  let w name = Lwt.map (fun v -> Printf.printf "%s got %d\n" name v) (Lwt_condition.wait c) in
  let a = w "a" and b = w "b" in
  Lwt_condition.signal c 1;
  print_endline "signaled";
  Lwt_condition.signal c 2;
  Lwt_main.run (Lwt.join [a; b])
