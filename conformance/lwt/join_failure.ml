let () =
  let a, ra = Lwt.wait () and b, rb = Lwt.wait () in
  let j = Lwt.join [a; b] in
  Lwt.wakeup_exn ra Exit;
  Printf.printf "sleeping after a failed: %b\n" (Lwt.is_sleeping j);
  Lwt.wakeup_exn rb Not_found;
  match Lwt.state j with Lwt.Fail e -> print_endline (Printexc.to_string e) | _ -> ()
