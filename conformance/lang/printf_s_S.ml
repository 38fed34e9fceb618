let () =
  Printf.printf "[%s]\n" "hello";
  Printf.printf "[%10s] [%-10s]\n" "right" "left";
  Printf.printf "[%2s]\n" "toolong";
  Printf.printf "[%S]\n" "quoted";
  Printf.printf "[%S]\n" "tab\there \"q\" back\\slash";
  Printf.printf "[%S]\n" "newline\nand\r\x01\x7f\xff";
  Printf.printf "[%12S] [%-12S]\n" "ab" "cd";
  Printf.printf "[%s]\n" "";
  Printf.printf "[%S]\n" "";
  Printf.printf "[%s%s%s]\n" "a" "b" "c";
  Printf.printf "[%S]\n" "caf\xc3\xa9";
  let s = Printf.sprintf "%s and %S" "x" "y" in
  print_endline s;
  Printf.printf "%s\n" (String.make 3 '=')
