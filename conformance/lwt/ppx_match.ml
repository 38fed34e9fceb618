let f p =
  match%lwt p with
  | 0 -> Lwt.return "zero"
  | n when n > 0 -> Lwt.return "positive"
  | _ -> Lwt.return "negative"
  | exception Not_found -> Lwt.return "not found"
let () =
  Lwt_main.run (
    let%lwt a = f (Lwt.return 0) in
    let%lwt b = f (Lwt.return 5) in
    let%lwt c = f (Lwt.return (-1)) in
    let%lwt d = f (Lwt.fail Not_found) in
    print_endline (String.concat " " [a; b; c; d]);
    Lwt.return ())
