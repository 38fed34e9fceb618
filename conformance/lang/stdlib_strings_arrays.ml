let () =
  let s = "  Hello, World  " in
  print_endline (String.trim s);
  print_endline (String.uppercase_ascii s);
  print_endline (String.concat "|" (String.split_on_char ',' "a,b,,c"));
  print_int (String.index "hello" 'l'); print_newline ();
  print_endline (String.sub "abcdef" 2 3);
  print_endline (String.escaped "a\"b\n\t\\c\001");
  print_endline (if String.starts_with ~prefix:"ab" "abc" then "yes" else "no");
  print_endline (String.make 3 'x' ^ String.init 3 (fun i -> Char.chr (65 + i)));
  let a = Array.init 5 (fun i -> i * i) in
  Array.iter (fun x -> print_int x; print_char ' ') a; print_newline ();
  print_int (Array.fold_left ( + ) 0 a); print_newline ();
  let b = Buffer.create 2 in
  for i = 1 to 10 do Buffer.add_string b (string_of_int i); Buffer.add_char b ';' done;
  print_endline (Buffer.contents b);
  print_int (Buffer.length b); print_newline ();
  print_endline (Option.value (Some "v") ~default:"d" ^ Option.value None ~default:"d");
  (try ignore (String.sub "abc" 2 5) with Invalid_argument m -> print_endline m);
  (try ignore (Array.make (-1) 0) with Invalid_argument m -> print_endline m);
  (try ignore ("abc".[5]) with Invalid_argument m -> print_endline m);
  let m = Array.make_matrix 2 3 0 in m.(1).(2) <- 7; print_int m.(1).(2); print_newline ();
  print_endline (Char.escaped '\n' ^ Char.escaped 'a' ^ Char.escaped '\200')
