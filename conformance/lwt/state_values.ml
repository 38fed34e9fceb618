let show = function
  | Lwt.Return v -> Printf.sprintf "Return %d" v
  | Lwt.Fail e -> "Fail " ^ Printexc.to_string e
  | Lwt.Sleep -> "Sleep"
let () =
  print_endline (show (Lwt.state (Lwt.return 3)));
  print_endline (show (Lwt.state (Lwt.fail Not_found)));
  let p, r = Lwt.wait () in
  print_endline (show (Lwt.state p));
  Lwt.wakeup r 7;
  print_endline (show (Lwt.state p));
  print_endline (show (Lwt.state (Lwt.fail_with "boom")));
  print_endline (show (Lwt.state (Lwt.fail_invalid_arg "bad")))
