let () =
  let s = {| { "users" : [ {"id": 1, "name": "Ann", "admin": true, "score": 9.5},
                          {"id": 2, "name": "Bob", "admin": false, "score": null} ],
             "count": 2 } |} in
  let j = Yojson.Safe.from_string s in
  print_endline (Yojson.Safe.to_string j);
  print_endline (Yojson.Safe.to_string (Yojson.Safe.from_string (Yojson.Safe.pretty_to_string j)));
  Printf.printf "%b\n" (Yojson.Safe.equal j (Yojson.Safe.from_string (Yojson.Safe.to_string j)))
