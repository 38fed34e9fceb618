let () =
  let s, push = Lwt_stream.create () in
  let consumer =
    Lwt_stream.iter_s (fun x -> Printf.printf "consume %s\n" x; Lwt.return ()) s in
  print_endline "consumer started";
  push (Some "a");
  print_endline "pushed a";
  push (Some "b");
  print_endline "pushed b";
  push None;
  Lwt_main.run consumer;
  print_endline "done"
