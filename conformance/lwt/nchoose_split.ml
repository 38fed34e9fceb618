let () =
  let a, _ = Lwt.wait () in
  let p = Lwt.nchoose_split [Lwt.return 1; a; Lwt.return 2] in
  match Lwt.state p with
  | Lwt.Return (done_, pending) -> Printf.printf "%d done, %d pending\n" (List.length done_) (List.length pending)
  | _ -> print_endline "?"
