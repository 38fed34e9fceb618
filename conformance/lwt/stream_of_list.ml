let () =
  Lwt_main.run (
    let s = Lwt_stream.of_list [1; 2; 3] in
    let%lwt a = Lwt_stream.get s in
    let%lwt rest = Lwt_stream.to_list s in
    (match a with Some n -> Printf.printf "first %d\n" n | None -> ());
    print_endline (String.concat "," (List.map string_of_int rest));
    let%lwt e = Lwt_stream.get s in
    Printf.printf "after end: %b\n" (e = None);
    Lwt.return ())
