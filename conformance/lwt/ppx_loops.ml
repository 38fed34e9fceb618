let () =
  Lwt_main.run (
    let%lwt () = for%lwt i = 1 to 3 do Lwt.map (fun () -> Printf.printf "up %d\n" i) (Lwt.pause ()) done in
    let%lwt () = for%lwt i = 3 downto 1 do Printf.printf "down %d\n" i; Lwt.return () done in
    let n = ref 0 in
    let%lwt () = while%lwt !n < 3 do incr n; Printf.printf "while %d\n" !n; Lwt.pause () done in
    Lwt.return ())
