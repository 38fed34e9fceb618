let () =
  List.iter (fun c -> Printf.printf "%C -> %d\n" c (Char.code c)) [ 'a'; 'A'; '0'; ' '; '\n'; '\000'; '\255'; '~' ];
  List.iter (fun n -> Printf.printf "%d -> %C\n" n (Char.chr n)) [ 65; 97; 48; 10; 0; 255; 127 ];
  List.iter
    (fun n ->
      match Char.chr n with
      | c -> Printf.printf "chr %d = %C\n" n c
      | exception Invalid_argument m -> Printf.printf "chr %d: Invalid_argument %S\n" n m)
    [ -1; 256; 1000 ];
  let rot13 c =
    if c >= 'a' && c <= 'z' then Char.chr ((Char.code c - 97 + 13) mod 26 + 97)
    else if c >= 'A' && c <= 'Z' then Char.chr ((Char.code c - 65 + 13) mod 26 + 65)
    else c in
  print_endline (String.map rot13 "Hello, World!");
  print_endline (String.map rot13 (String.map rot13 "Hello, World!"));
  Printf.printf "%d %b\n" (Char.compare 'a' 'b') (Char.equal 'x' 'x')
