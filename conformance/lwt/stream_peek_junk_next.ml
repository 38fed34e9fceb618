let () =
  Lwt_main.run (
    let s = Lwt_stream.of_list ["x"; "y"; "z"] in
    let%lwt p = Lwt_stream.peek s in
    let%lwt p2 = Lwt_stream.peek s in
    let%lwt () = Lwt_stream.junk s in
    let%lwt n = Lwt_stream.next s in
    print_endline (Option.get p ^ Option.get p2 ^ n);
    let%lwt l = Lwt_stream.get_available s |> Lwt.return in
    print_endline (String.concat ";" l);
    let%lwt r = try%lwt Lwt_stream.next s with Lwt_stream.Empty -> Lwt.return "Empty" in
    print_endline r;
    let%lwt e = Lwt_stream.is_empty s in
    Printf.printf "is_empty %b\n" e;
    Lwt.return ())
