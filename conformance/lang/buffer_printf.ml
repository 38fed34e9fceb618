let () =
  let b = Buffer.create 10 in
  Printf.bprintf b "%d-%s" 1 "a";
  Buffer.add_char b '|';
  Buffer.add_substring b "hello world" 6 5;
  print_endline (Buffer.contents b);
  print_int (Buffer.length b); print_newline ();
  Buffer.clear b; Buffer.add_string b "x"; print_endline (Buffer.contents b);
  let pp_pair out (a, b) = Printf.fprintf out "<%d,%d>" a b in
  Printf.printf "%a %a\n" pp_pair (1, 2) pp_pair (3, 4);
  let s = Printf.sprintf "%08.3f|%+d|%x|%o|%e" 3.14159 5 255 8 12345.678 in print_endline s;
  Printf.printf "%s %5.1f%%\n" "rate" 42.25
