let () =
  let p = Lwt.catch (fun () -> raise Not_found) (fun e -> print_endline ("handler: " ^ Printexc.to_string e); Lwt.return 1) in
  match Lwt.state p with Lwt.Return n -> Printf.printf "%d\n" n | _ -> ()
