let () =
  let p = Lwt.bind (Lwt.return ()) (fun () -> failwith "inside") in
  ignore p;
  print_endline "not reached"
