let () =
  Lwt_main.run (
    let n = ref 0 in
    let s = Lwt_stream.from (fun () -> incr n; Lwt.return (if !n <= 3 then Some !n else None)) in
    let%lwt l = Lwt_stream.to_list s in
    print_endline (String.concat "," (List.map string_of_int l));
    let m = ref 0 in
    let s2 = Lwt_stream.from_direct (fun () -> incr m; if !m <= 2 then Some (!m * 100) else None) in
    let%lwt l2 = Lwt_stream.to_list s2 in
    print_endline (String.concat "," (List.map string_of_int l2));
    let s3 = Lwt_stream.of_string "abc" in
    let%lwt l3 = Lwt_stream.to_list s3 in
    print_endline (String.of_seq (List.to_seq l3));
    let s4 = Lwt_stream.of_array [| 1; 2 |] in
    let%lwt l4 = Lwt_stream.to_list s4 in
    Printf.printf "%d\n" (List.length l4);
    Lwt.return ())
