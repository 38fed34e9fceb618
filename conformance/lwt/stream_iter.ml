let () =
  Lwt_main.run (
    let%lwt () = Lwt_stream.iter (fun x -> Printf.printf "iter %d\n" x) (Lwt_stream.of_list [1; 2]) in
    let%lwt () = Lwt_stream.iter_s (fun x -> Printf.printf "iter_s %d\n" x; Lwt.pause ()) (Lwt_stream.of_list [3; 4]) in
    let%lwt () = Lwt_stream.iter_p (fun x -> Printf.printf "iter_p %d\n" x; Lwt.return ()) (Lwt_stream.of_list [5; 6]) in
    Lwt.return ())
