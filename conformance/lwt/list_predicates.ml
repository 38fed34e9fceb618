let () =
  Lwt_main.run (
    let pos x = Lwt.return (x > 0) in
    let%lwt a = Lwt_list.for_all_s pos [1; 2; 3] in
    let%lwt b = Lwt_list.for_all_p pos [1; -2; 3] in
    let%lwt c = Lwt_list.exists_s pos [-1; -2; 3] in
    let%lwt d = Lwt_list.exists_p pos [-1; -2] in
    let%lwt e = Lwt_list.find_s pos [-1; 4; 5] in
    let%lwt (y, n) = Lwt_list.partition_s pos [1; -1; 2; -2] in
    let%lwt (y2, n2) = Lwt_list.partition_p pos [3; -3] in
    Printf.printf "%b %b %b %b %d %d/%d %d/%d\n" a b c d e (List.length y) (List.length n) (List.length y2) (List.length n2);
    let%lwt f = try%lwt Lwt_list.find_s pos [-1] with Not_found -> Lwt.return 0 in
    Printf.printf "%d\n" f;
    Lwt.return ())
