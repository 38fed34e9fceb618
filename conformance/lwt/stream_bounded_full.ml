let show_state name push = Printf.printf "%s: count %d blocked %b closed %b\n" name push#count push#blocked push#closed
let () =
  Lwt_main.run (
    let s, push = Lwt_stream.create_bounded 1 in
    let%lwt () = push#push "a" in
    show_state "after a" push;
    let b = push#push "b" in
    show_state "b waiting" push;
    (match%lwt push#push "c" with
     | () -> print_endline "c pushed"; Lwt.return ()
     | exception Lwt_stream.Full -> print_endline "c: Full"; Lwt.return ());%lwt
    let%lwt x = Lwt_stream.next s in
    Printf.printf "read %s, b sleeping %b\n" x (Lwt.is_sleeping b);
    show_state "after read" push;
    push#resize 3;
    let%lwt () = push#push "d" in
    let%lwt () = push#push "e" in
    show_state "after d e" push;
    let l = Lwt_stream.get_available s in
    Printf.printf "available %s\n" (String.concat "," l);
    show_state "drained" push;
    push#close;
    show_state "closed" push;
    (try%lwt push#push "f" with Lwt_stream.Closed -> print_endline "f: Closed"; Lwt.return ());%lwt
    let%lwt rest = Lwt_stream.to_list s in
    Printf.printf "rest [%s] size %d\n" (String.concat "," rest) push#size;
    Lwt.return ())
