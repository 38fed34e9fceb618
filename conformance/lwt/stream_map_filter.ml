let () =
  Lwt_main.run (
    let s = Lwt_stream.of_list [1; 2; 3; 4; 5; 6] in
    let s = Lwt_stream.map (fun x -> x * 10) s in
    let s = Lwt_stream.filter (fun x -> x mod 20 = 0) s in
    let s = Lwt_stream.map_s (fun x -> Lwt.return (x + 1)) s in
    let%lwt l = Lwt_stream.to_list s in
    print_endline (String.concat "," (List.map string_of_int l));
    let s2 = Lwt_stream.filter_map (fun x -> if x > 1 then Some (string_of_int x) else None) (Lwt_stream.of_list [1; 2; 3]) in
    let%lwt l2 = Lwt_stream.to_list s2 in
    print_endline (String.concat "," l2);
    let%lwt sum = Lwt_stream.fold (fun x acc -> acc + x) (Lwt_stream.of_list [1; 2; 3; 4]) 0 in
    Printf.printf "sum %d\n" sum;
    let%lwt sum2 = Lwt_stream.fold_s (fun x acc -> Lwt.return (acc * x)) (Lwt_stream.of_list [1; 2; 3; 4]) 1 in
    Printf.printf "prod %d\n" sum2;
    Lwt.return ())
