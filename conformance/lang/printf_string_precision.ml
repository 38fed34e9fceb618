let () =
  Printf.printf "[%.3s]\n" "abcdef";
  Printf.printf "[%10.3s]\n" "abcdef";
  Printf.printf "[%-10.2s]\n" "abcdef";
  Printf.printf "[%.0s]\n" "abcdef";
  Printf.printf "[%.10s]\n" "abc";
  Printf.printf "[%5s]\n" "";
  Printf.printf "[%-5s]\n" "x";
  Printf.printf "[%s]\n" (String.make 3 '\t');
  Printf.printf "[%S]\n" (String.make 2 '\000');
  Printf.printf "[%5.1s]\n" "zz";
  Printf.printf "%s\n" (Printf.sprintf "%-3s|%3s" "a" "b")
