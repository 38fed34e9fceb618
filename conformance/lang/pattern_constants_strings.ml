let command = function
  | "start" | "go" -> "starting"
  | "stop" -> "stopping"
  | "" -> "empty command"
  | s when String.length s > 10 -> "too long"
  | s -> "unknown: " ^ s

let month_days = function
  | 1 | 3 | 5 | 7 | 8 | 10 | 12 -> 31
  | 4 | 6 | 9 | 11 -> 30
  | 2 -> 28
  | _ -> invalid_arg "month"

let float_match x = match x with 0.0 -> "zero" | 1.5 -> "one and a half" | _ -> "other"

let () =
  List.iter (fun c -> print_endline (command c)) [ "start"; "go"; "stop"; ""; "a very long command"; "jump" ];
  for m = 1 to 12 do Printf.printf "%d:%d " m (month_days m) done;
  print_newline ();
  (try ignore (month_days 13) with Invalid_argument s -> print_endline ("Invalid_argument " ^ s));
  List.iter (fun x -> print_endline (float_match x)) [ 0.0; -0.0; 1.5; nan ];
  let big = function 4611686018427387903 -> "max" | -4611686018427387904 -> "min" | _ -> "x" in
  Printf.printf "%s %s %s\n" (big max_int) (big min_int) (big 0);
  let ch = function 'a' .. 'f' -> "hexletter" | '0' .. '9' -> "digit" | _ -> "?" in
  List.iter (fun c -> print_string (ch c ^ " ")) [ 'c'; '7'; 'z' ];
  print_newline ()
