let f () =
  match%lwt read () with
  | Some x -> Lwt.return x
  | None -> Lwt.return ""
  | exception Not_found -> Lwt.return "missing"
