let () =
  List.iter (fun s -> print_endline (Yojson.Safe.to_string (Yojson.Safe.from_string s)))
    ["  [ 1 ,2 , 3 ]  "; "\t{\r\n\"a\"\t:\ttrue }\n"; "[[],[[]],{}]"; "\"\""; "[null,true,false]"]
