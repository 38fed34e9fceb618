let () =
  let ps = Array.init 60 (fun _ -> Lwt.wait ()) in
  Array.iteri (fun i (p, _) ->
    if i + 1 < 60 then
      Lwt.on_success p (fun () -> Printf.printf "cb %d\n" i; Lwt.wakeup_later (snd ps.(i + 1)) ())) ps;
  Lwt.wakeup_later (snd ps.(0)) ();
  print_endline "end"
