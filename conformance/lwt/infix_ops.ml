open Lwt.Infix
let () =
  Lwt_main.run (
    Lwt.return 3 >>= fun x ->
    Lwt.return (x + 1) >|= fun y ->
    Printf.printf "%d\n" y);
  let p = (fun x -> Lwt.return (x * 10)) =<< Lwt.return 4 in
  (match Lwt.state p with Lwt.Return n -> Printf.printf "%d\n" n | _ -> ());
  let q = (fun x -> x - 1) =|< Lwt.return 4 in
  (match Lwt.state q with Lwt.Return n -> Printf.printf "%d\n" n | _ -> ());
  (match Lwt.state (Lwt.return () <&> Lwt.return ()) with Lwt.Return () -> print_endline "<&>" | _ -> ());
  (match Lwt.state (Lwt.return 1 <?> fst (Lwt.wait ())) with Lwt.Return n -> Printf.printf "<?> %d\n" n | _ -> ())
