let () =
  Printf.printf "%b %b\n" true false;
  Printf.printf "%B %B\n" true false;
  Printf.printf "[%8b] [%-8b]\n" true false;
  Printf.printf "[%6B]\n" false;
  Printf.printf "%b\n" (1 < 2 && 3 > 4);
  List.iter (fun (a, b) -> Printf.printf "%b && %b = %b, %b || %b = %b\n" a b (a && b) a b (a || b))
    [ (true, true); (true, false); (false, true); (false, false) ];
  Printf.printf "%s\n" (string_of_bool true ^ string_of_bool false);
  Printf.printf "%b\n" (bool_of_string "true");
  (try ignore (bool_of_string "yes") with Invalid_argument m -> Printf.printf "Invalid_argument %S\n" m);
  Printf.printf "%s\n" (match bool_of_string_opt "false" with Some b -> string_of_bool b | None -> "none");
  Printf.printf "%b\n" (not true)
