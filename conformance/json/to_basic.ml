let () =
  let j = `Assoc ["t", `Tuple [`Int 1; `Int 2]; "v", `Variant ("A", None); "w", `Variant ("B", Some (`Int 3)); "big", `Intlit "123456789012345678901234567890"] in
  print_endline (Yojson.Basic.to_string (Yojson.Safe.to_basic j))
