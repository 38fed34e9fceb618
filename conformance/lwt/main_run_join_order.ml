(* Lwt.join's list is evaluated right to left, so promises register in that order. *)
let log = ref []
let say s = log := s :: !log
let rec pauses tag n =
  if n = 0 then Lwt.return ()
  else Lwt.bind (Lwt.pause ()) (fun () -> say (Printf.sprintf "%s%d" tag n); pauses tag (n - 1))
let timer name d = Lwt.bind (Lwt_unix.sleep d) (fun () -> say name; Lwt.return ())
let show title = print_string (title ^ ": "); List.iter (fun s -> print_string (s ^ " ")) (List.rev !log); print_newline (); log := []
let () =
  Lwt_main.run (Lwt.join [pauses "p" 3; timer "T" 0.]); show "pauses-then-timer";
  Lwt_main.run (Lwt.join [timer "T" 0.; timer "U" 0.; pauses "p" 3]); show "two-timers";
  Lwt_main.run (Lwt.join [Lwt.bind (Lwt.pause ()) (fun () -> say "p0"; timer "T" 0.); pauses "q" 4]); show "timer-from-pause";
  Lwt_main.run (Lwt.join [timer "T" 0.; Lwt.bind (Lwt_unix.yield ()) (fun () -> say "y"; Lwt.return ()); pauses "p" 2]); show "yield";
  Lwt_main.run (timer "T" 0.); show "alone";
  Lwt_main.run (Lwt.join [timer "T" 0.; pauses "p" 1]); show "one-pause"
