let () =
  List.iter (fun s ->
    match Yojson.Safe.from_string s with
    | `Int i -> Printf.printf "%s -> Int %d\n" s i
    | `Float f -> Printf.printf "%s -> Float %h\n" s f
    | `Intlit l -> Printf.printf "%s -> Intlit %s\n" s l
    | _ -> print_endline "other")
    ["0"; "-0"; "42"; "-17"; "1.0"; "1e3"; "1E3"; "2.5e-3"; "-1.25E+2"; "4611686018427387903"; "4611686018427387904"; "-4611686018427387904"; "-4611686018427387905"; "99999999999999999999"; "NaN"; "Infinity"; "-Infinity"; "1e400"]
