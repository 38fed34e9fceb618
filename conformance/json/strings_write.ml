let () =
  List.iter (fun s -> print_endline (Yojson.Safe.to_string (`String s)))
    ["plain"; "q\"uote"; "back\\slash"; "sl/ash"; "new\nline"; "\r\t\b\012"; "\001\031\127"; "é ü 😀"; ""; "\027[0m"]
