let () =
  print_endline "before";
  let _ = Lwt.bind (Lwt.return 1) (fun x -> Printf.printf "in bind %d\n" x; Lwt.return ()) in
  print_endline "after"
