let show p = match Lwt.state p with
  | Lwt.Return l -> print_endline (String.concat "," (List.map string_of_int l))
  | Lwt.Fail e -> print_endline (Printexc.to_string e)
  | Lwt.Sleep -> print_endline "sleep"
let () =
  show (Lwt.nchoose [Lwt.return 1; fst (Lwt.wait ()); Lwt.return 3]);
  let a, ra = Lwt.wait () and b, _ = Lwt.wait () in
  let p = Lwt.nchoose [a; b] in
  show p;
  Lwt.wakeup ra 5;
  show p;
  let c, rc = Lwt.task () and d, _ = Lwt.task () in
  let q = Lwt.npick [c; d] in
  Lwt.wakeup rc 7;
  show q;
  (match Lwt.state d with Lwt.Fail Lwt.Canceled -> print_endline "d canceled" | _ -> print_endline "d?");
  show (Lwt.nchoose [Lwt.return 1; Lwt.fail Exit])
