let () =
  let a, ra = Lwt.wait () and b, rb = Lwt.wait () in
  let p = Lwt.both a b in
  Lwt.wakeup rb "two"; Lwt.wakeup ra 1;
  (match Lwt.state p with Lwt.Return (x, y) -> Printf.printf "%d %s\n" x y | _ -> ());
  let ps = List.map Lwt.return [1; 2; 3] in
  (match Lwt.state (Lwt.all ps) with Lwt.Return l -> List.iter (Printf.printf "%d ") l; print_newline () | _ -> ());
  let c, rc = Lwt.wait () in
  let q = Lwt.all [Lwt.return 1; c; Lwt.return 3] in
  Lwt.wakeup rc 2;
  (match Lwt.state q with Lwt.Return l -> List.iter (Printf.printf "%d ") l; print_newline () | _ -> ());
  (match Lwt.state (Lwt.both (Lwt.fail Exit) (Lwt.return 1)) with Lwt.Fail e -> print_endline (Printexc.to_string e) | _ -> ())
