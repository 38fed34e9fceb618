let () =
  Lwt_main.run (
    let s, push = Lwt_stream.create_bounded 2 in
    let%lwt () = push#push 1 in
    let%lwt () = push#push 2 in
    Printf.printf "count %d size %d full %b\n" push#count push#size push#blocked;
    let third = push#push 3 in
    Printf.printf "third sleeping %b\n" (Lwt.is_sleeping third);
    let%lwt a = Lwt_stream.get s in
    Printf.printf "got %d, third sleeping %b\n" (Option.get a) (Lwt.is_sleeping third);
    push#close;
    let%lwt l = Lwt_stream.to_list s in
    print_endline (String.concat "," (List.map string_of_int l));
    Lwt.return ())
