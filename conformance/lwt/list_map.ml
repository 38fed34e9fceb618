let () =
  Lwt_main.run (
    let%lwt a = Lwt_list.map_s (fun x -> Printf.printf "map_s %d\n" x; Lwt.return (x * 2)) [1; 2; 3] in
    let%lwt b = Lwt_list.map_p (fun x -> let%lwt () = Lwt.pause () in Printf.printf "map_p %d\n" x; Lwt.return (x * 3)) [1; 2; 3] in
    let%lwt c = Lwt_list.mapi_s (fun i x -> Lwt.return (i + x)) [10; 20] in
    let%lwt d = Lwt_list.mapi_p (fun i x -> Lwt.return (i * x)) [10; 20] in
    List.iter (fun l -> print_endline (String.concat "," (List.map string_of_int l))) [a; b; c; d];
    Lwt.return ())
