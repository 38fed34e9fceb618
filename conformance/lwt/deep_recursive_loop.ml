let rec loop n = if n = 0 then Lwt.return "done" else Lwt.bind (Lwt.return ()) (fun () -> loop (n - 1))
let rec loop_p n = if n = 0 then Lwt.return "done p" else Lwt.bind (Lwt.pause ()) (fun () -> loop_p (n - 1))
let () =
  print_endline (Lwt_main.run (loop 100000));
  print_endline (Lwt_main.run (loop_p 10000))
