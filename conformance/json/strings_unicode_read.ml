let () =
  List.iter (fun s -> match Yojson.Safe.from_string s with
    | `String x -> Printf.printf "%S (%d bytes)\n" x (String.length x)
    | _ -> ())
    ["\"\\u0000\""; "\"\\u007f\""; "\"\\u0080\""; "\"\\u07ff\""; "\"\\u0800\""; "\"\\uffff\""; "\"\\uD834\\uDD1E\""; "\"raw é\""; "\"\\\"\\\\\""]
