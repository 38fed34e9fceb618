let () = List.iter (fun s -> try ignore (Yojson.Safe.from_string s) with Yojson.Json_error m -> print_endline m)
 ["x" ^ String.make 100 'y'; "x" ^ String.make 20 ' ' ^ "end\nnext\nmore"; "[1 " ^ String.concat " " (List.init 40 string_of_int); "[1,\tx\ty]"; "\"\\q" ^ String.make 50 'z'; "1 " ^ String.make 40 'j'; "[1,\r\nx]"]
