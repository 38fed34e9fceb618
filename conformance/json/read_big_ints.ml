let () =
  List.iter (fun s ->
    (match Yojson.Safe.from_string s with
     | j -> print_string (Yojson.Safe.to_string j)
     | exception Yojson.Json_error m -> print_string m);
    print_string " / ";
    (match Yojson.Basic.from_string s with
     | j -> print_endline (Yojson.Basic.to_string j)
     | exception Yojson.Json_error m -> print_endline m))
    ["4611686018427387903"; "4611686018427387904"; "-4611686018427387904"; "-4611686018427387905"; "[1, 99999999999999999999]"]
