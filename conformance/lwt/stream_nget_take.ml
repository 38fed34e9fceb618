let () =
  Lwt_main.run (
    let s = Lwt_stream.of_list [1; 2; 3; 4; 5; 6; 7] in
    let%lwt a = Lwt_stream.nget 2 s in
    let%lwt b = Lwt_stream.get_while (fun x -> x < 5) s in
    let%lwt () = Lwt_stream.njunk 1 s in
    let%lwt c = Lwt_stream.npeek 5 s in
    let%lwt d = Lwt_stream.last_new s in
    let p l = print_endline (String.concat "," (List.map string_of_int l)) in
    p a; p b; p c; Printf.printf "%d\n" d;
    Lwt.return ())
