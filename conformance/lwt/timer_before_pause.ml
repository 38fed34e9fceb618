(* A due timer fires in the engine turn between the two wakings of paused promises of a
   Lwt_main.run turn: after the first paused promise, before the next ones. *)
let () =
  let log = ref [] in
  let say s = log := s :: !log in
  Lwt_main.run begin
    let timer = Lwt.bind (Lwt_unix.sleep 0.) (fun () -> say "timer"; Lwt.return ()) in
    let rec pauses n =
      if n = 0 then Lwt.return ()
      else Lwt.bind (Lwt.pause ()) (fun () -> say (Printf.sprintf "pause %d" n); pauses (n - 1)) in
    Lwt.join [timer; pauses 3]
  end;
  List.iter print_endline (List.rev !log)
