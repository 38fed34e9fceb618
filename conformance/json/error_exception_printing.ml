let () =
  (try ignore (Yojson.Safe.from_string "[1,") with e -> print_endline (Printexc.to_string e));
  (try ignore (Yojson.Safe.Util.to_int `Null) with e -> print_endline (match e with Yojson.Safe.Util.Type_error (m, _) -> m | _ -> "?"));
  ignore (Yojson.Safe.from_string "{\"unterminated\": ")
