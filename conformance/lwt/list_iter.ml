let () =
  Lwt_main.run (
    let%lwt () = Lwt_list.iter_s (fun x -> Printf.printf "s %d\n" x; Lwt.pause ()) [1; 2; 3] in
    let%lwt () = Lwt_list.iter_p (fun x -> let%lwt () = Lwt.pause () in Printf.printf "p %d\n" x; Lwt.return ()) [1; 2; 3] in
    let%lwt () = Lwt_list.iteri_s (fun i x -> Printf.printf "%d:%s\n" i x; Lwt.return ()) ["a"; "b"] in
    Lwt_list.iteri_p (fun i x -> Printf.printf "p%d:%s\n" i x; Lwt.return ()) ["c"; "d"])
