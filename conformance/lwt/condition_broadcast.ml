let () =
  let c = Lwt_condition.create () in
  let ws = List.map (fun name -> Lwt.map (fun v -> Printf.printf "%s got %s\n" name v) (Lwt_condition.wait c)) ["x"; "y"; "z"] in
  Lwt_condition.broadcast c "hello";
  Lwt_condition.signal c "nobody";
  Lwt_main.run (Lwt.join ws);
  let w = Lwt_condition.wait c in
  Lwt_condition.broadcast_exn c Exit;
  match Lwt.state w with Lwt.Fail e -> print_endline (Printexc.to_string e) | _ -> ()
