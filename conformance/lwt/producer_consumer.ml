let () =
  let s, push = Lwt_stream.create () in
  let producer =
    let rec go i = if i > 3 then (push None; Lwt.return ()) else begin
      Printf.printf "produce %d\n" i; push (Some i); let%lwt () = Lwt_unix.sleep 0.001 in go (i + 1) end in
    go 1 in
  let consumer = Lwt_stream.iter (fun i -> Printf.printf "consume %d\n" i) s in
  Lwt_main.run (Lwt.join [producer; consumer])
