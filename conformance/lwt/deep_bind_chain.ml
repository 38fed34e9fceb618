let () =
  let p, r = Lwt.wait () in
  let rec chain q n = if n = 0 then q else chain (Lwt.bind q (fun x -> Lwt.return (x + 1))) (n - 1) in
  let q = chain p 10000 in
  Lwt.wakeup r 0;
  match Lwt.state q with Lwt.Return n -> Printf.printf "%d\n" n | _ -> print_endline "?"
