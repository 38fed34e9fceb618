let () =
  let s, push = Lwt_stream.create () in
  let c = Lwt_stream.closed s in
  ignore (Lwt.map (fun () -> print_endline "closed fired") c);
  push (Some 1);
  print_endline "pushed";
  push None;
  print_endline "end"
