let () =
  let s, push = Lwt_stream.create () in
  let r1 = Lwt.map (fun v -> Printf.printf "r1 %s\n" (Option.get v)) (Lwt_stream.get s) in
  let r2 = Lwt.map (fun v -> Printf.printf "r2 %s\n" (Option.get v)) (Lwt_stream.get s) in
  push (Some "first");
  push (Some "second");
  Lwt_main.run (Lwt.join [r1; r2])
