let () =
  List.iter (fun s ->
    let j = Yojson.Safe.from_string s in
    Printf.printf "%s => %s\n" s (Yojson.Safe.to_string j))
    ["1.50"; "0.0"; "-0.0"; "1e2"; "1.0e-2"; "123456789012345.678"; "0.1e1"; "5E-1"; "2.5E+3"]
