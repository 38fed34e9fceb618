let () =
  Printf.printf "[%c] [%C]\n" 'a' 'a';
  Printf.printf "[%C] [%C] [%C] [%C]\n" '\'' '\\' '\n' '\t';
  Printf.printf "[%C] [%C] [%C]\n" '\000' '\127' '\255';
  Printf.printf "[%C] [%C]\n" '"' ' ';
  Printf.printf "[%3c] [%-3c]\n" 'x' 'y';
  Printf.printf "[%5C]\n" 'z';
  for i = 65 to 70 do Printf.printf "%c" (Char.chr i) done;
  print_newline ();
  Printf.printf "%c%c%c\n" 'o' 'k' '!';
  let s = Printf.sprintf "%C" '\r' in
  Printf.printf "%s %d\n" s (String.length s);
  Printf.printf "[%c]\n" '\t'
