let () =
  Lwt_main.run (
    let s, push = Lwt_stream.create () in
    let c = Lwt_stream.clone s in
    push (Some 1); push (Some 2); push None;
    let%lwt a = Lwt_stream.to_list s in
    let%lwt b = Lwt_stream.to_list c in
    Printf.printf "%d %d\n" (List.length a) (List.length b);
    Lwt.return ())
