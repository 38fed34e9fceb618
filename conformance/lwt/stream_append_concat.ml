let () =
  Lwt_main.run (
    let s = Lwt_stream.append (Lwt_stream.of_list [1; 2]) (Lwt_stream.of_list [3]) in
    let%lwt l = Lwt_stream.to_list s in
    let c = Lwt_stream.concat (Lwt_stream.of_list [Lwt_stream.of_list [4]; Lwt_stream.of_list [5; 6]]) in
    let%lwt l2 = Lwt_stream.to_list c in
    let f = Lwt_stream.flatten (Lwt_stream.of_list [[7; 8]; []; [9]]) in
    let%lwt l3 = Lwt_stream.to_list f in
    let p l = print_endline (String.concat "," (List.map string_of_int l)) in
    p l; p l2; p l3;
    let%lwt found = Lwt_stream.find (fun x -> x > 1) (Lwt_stream.of_list [1; 2; 3]) in
    Printf.printf "find %d\n" (Option.get found);
    Lwt.return ())
