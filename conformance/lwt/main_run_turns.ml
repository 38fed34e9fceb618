(* The order of a Lwt_main.run turn: paused promises are woken, then the engine fires every
   timer due (those started before the turn), then paused promises are woken again, then
   the yielded ones. Explicit lets fix the order in which promises are registered. *)
let log = ref []
let say s = log := s :: !log
let rec pauses tag n =
  if n = 0 then Lwt.return ()
  else Lwt.bind (Lwt.pause ()) (fun () -> say (Printf.sprintf "%s%d" tag n); pauses tag (n - 1))
let timer name d = Lwt.bind (Lwt_unix.sleep d) (fun () -> say name; Lwt.return ())
let yield_ name = Lwt.bind (Lwt_main.yield ()) (fun () -> say name; Lwt.return ())
let show title = print_string (title ^ ": "); List.iter (fun s -> print_string (s ^ " ")) (List.rev !log); print_newline (); log := []
let () =
  (* timer first, then pauses *)
  Lwt_main.run (let t = timer "T" 0. in let p = pauses "p" 3 in Lwt.join [t; p]); show "T-then-p";
  Lwt_main.run (let p = pauses "p" 3 in let t = timer "T" 0. in Lwt.join [t; p]); show "p-then-T";
  (* timer registered in the second turn *)
  Lwt_main.run (let q = pauses "q" 5 in let a = Lwt.bind (Lwt.pause ()) (fun () -> say "a"; Lwt.bind (Lwt.pause ()) (fun () -> say "b"; timer "T" 0.)) in Lwt.join [q; a]); show "T-in-turn2";
  (* yields *)
  Lwt_main.run (let y = yield_ "y" in let p = pauses "p" 3 in Lwt.join [y; p]); show "y-then-p";
  Lwt_main.run (let y = yield_ "y" in let z = yield_ "z" in Lwt.join [y; z]); show "y-z";
  Lwt_main.run (let y = yield_ "y" in let t = timer "T" 0. in Lwt.join [y; t]); show "y-T";
  Lwt_main.run (let y = yield_ "y" in let p = pauses "p" 1 in let t = timer "T" 0. in Lwt.join [y; p; t]); show "y-p1-T";
  Lwt_main.run (let p = pauses "p" 4 in let y = Lwt.bind (Lwt.pause ()) (fun () -> say "a"; yield_ "y") in Lwt.join [y; p]); show "y-from-pause"
