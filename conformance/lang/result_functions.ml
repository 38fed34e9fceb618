let show = function Ok x -> "Ok " ^ string_of_int x | Error e -> "Error " ^ e

let parse s = match int_of_string_opt s with Some n -> Ok n | None -> Error ("bad: " ^ s)

let () =
  print_endline (show (parse "42"));
  print_endline (show (parse "x"));
  print_endline (show (Result.map succ (parse "1")));
  print_endline (show (Result.map_error String.uppercase_ascii (parse "y")));
  print_endline (show (Result.bind (parse "10") (fun n -> if n > 5 then Ok (n * 2) else Error "small")));
  print_endline (show (Result.join (Ok (Error "inner"))));
  Printf.printf "%d %d\n" (Result.value (Ok 1) ~default:0) (Result.value (Error "e") ~default:0);
  Printf.printf "%b %b\n" (Result.is_ok (parse "1")) (Result.is_error (parse "1"));
  Printf.printf "%d\n" (Result.get_ok (parse "77"));
  (try ignore (Result.get_ok (parse "z")) with Invalid_argument m -> Printf.printf "get_ok: %S\n" m);
  Printf.printf "%s\n" (Result.get_error (parse "q"));
  (try ignore (Result.get_error (parse "3")) with Invalid_argument m -> Printf.printf "get_error: %S\n" m);
  Printf.printf "%s\n" (Result.fold ~ok:string_of_int ~error:(fun e -> "E:" ^ e) (parse "5"));
  let ( let* ) = Result.bind in
  let sum a b = let* x = parse a in let* y = parse b in Ok (x + y) in
  print_endline (show (sum "3" "4"));
  print_endline (show (sum "3" "four"));
  print_endline (show (sum "three" "four"));
  let all = List.map parse [ "1"; "2"; "x" ] in
  Printf.printf "%d oks\n" (List.length (List.filter Result.is_ok all));
  Printf.printf "%s\n" (match Result.to_option (parse "8") with Some n -> string_of_int n | None -> "none")
