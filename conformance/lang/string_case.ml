let () =
  let s = "Hello, World! 123 \xc3\xa9t\xc3\xa9" in
  Printf.printf "%S\n" (String.uppercase_ascii s);
  Printf.printf "%S\n" (String.lowercase_ascii s);
  Printf.printf "%S\n" (String.capitalize_ascii "hello world");
  Printf.printf "%S\n" (String.uncapitalize_ascii "Hello World");
  Printf.printf "%S\n" (String.capitalize_ascii "");
  Printf.printf "%S\n" (String.capitalize_ascii "1abc");
  Printf.printf "%c %c %c\n" (Char.uppercase_ascii 'a') (Char.lowercase_ascii 'Q') (Char.uppercase_ascii '!');
  let title s =
    String.concat " " (List.map String.capitalize_ascii (String.split_on_char ' ' s)) in
  print_endline (title "the old man and the sea");
  let swap = String.map (fun c ->
    if c >= 'a' && c <= 'z' then Char.uppercase_ascii c
    else if c >= 'A' && c <= 'Z' then Char.lowercase_ascii c else c) in
  print_endline (swap "MiXeD CaSe 42");
  Printf.printf "%b\n" (String.lowercase_ascii "ABC" = "abc")
