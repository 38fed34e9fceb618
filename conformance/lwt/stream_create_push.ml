let () =
  let s, push = Lwt_stream.create () in
  let got = Lwt_stream.get s in
  Printf.printf "sleeping %b\n" (Lwt.is_sleeping got);
  push (Some "a");
  (match Lwt.state got with Lwt.Return (Some x) -> print_endline ("got " ^ x) | _ -> print_endline "?");
  push (Some "b"); push (Some "c"); push None;
  Printf.printf "closed %b\n" (Lwt_stream.is_closed s);
  Lwt_main.run (
    let%lwt l = Lwt_stream.to_list s in
    print_endline (String.concat "," l);
    Lwt.return ());
  (try push (Some "d") with Lwt_stream.Closed -> print_endline "Closed raised")
