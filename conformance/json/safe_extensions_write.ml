let () =
  let js = [`Tuple [`Int 1; `String "x"]; `Variant ("A", None); `Variant ("B", Some (`List [`Int 1])); `Intlit "123456789012345678901234567890"; `Tuple []] in
  List.iter (fun j ->
    print_endline (Yojson.Safe.to_string j);
    print_endline (Yojson.Safe.to_string ~std:true j)) js
