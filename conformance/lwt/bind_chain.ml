let () =
  let p, r = Lwt.wait () in
  let q = Lwt.bind p (fun x -> print_endline "step1"; Lwt.return (x + 1)) in
  let q = Lwt.bind q (fun x -> print_endline "step2"; Lwt.return (x * 2)) in
  let q = Lwt.map (fun x -> Printf.printf "result %d\n" x) q in
  print_endline "wake";
  Lwt.wakeup r 10;
  (match Lwt.state q with Lwt.Return () -> print_endline "resolved" | _ -> print_endline "other")
