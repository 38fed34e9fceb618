let rec worker name n =
  if n = 0 then Lwt.return ()
  else begin
    Printf.printf "%s %d\n" name n;
    Lwt.bind (Lwt.pause ()) (fun () -> worker name (n - 1))
  end
let () = Lwt_main.run (Lwt.join [worker "a" 3; worker "b" 3; worker "c" 2])
