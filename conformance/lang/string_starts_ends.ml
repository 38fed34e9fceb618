let () =
  let s = "conformance_test.ml" in
  List.iter
    (fun p -> Printf.printf "starts_with %S: %b\n" p (String.starts_with ~prefix:p s))
    [ "conf"; ""; "conformance_test.ml"; "conformance_test.mli"; "Conf" ];
  List.iter
    (fun p -> Printf.printf "ends_with %S: %b\n" p (String.ends_with ~suffix:p s))
    [ ".ml"; ""; "test.ml"; ".mli"; "x" ];
  let files = [ "a.ml"; "b.mli"; "c.ml"; "README"; "d.ml.bak" ] in
  let ml = List.filter (fun f -> String.ends_with ~suffix:".ml" f) files in
  print_endline (String.concat " " ml);
  Printf.printf "%b\n" (String.starts_with ~prefix:"" "");
  Printf.printf "%b\n" (String.ends_with ~suffix:"a" "")
