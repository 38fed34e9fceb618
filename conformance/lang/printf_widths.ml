let row name qty price =
  Printf.printf "|%-10s|%5d|%10.2f|\n" name qty price

let () =
  print_endline "+----------+-----+----------+";
  row "apple" 3 0.5;
  row "banana" 12 0.25;
  row "cherry" 100 12.125;
  row "averyveryverylongname" 123456 1234567.891;
  print_endline "+----------+-----+----------+";
  for w = 0 to 6 do Printf.printf "[%*d]" w 42 done;
  print_newline ();
  for w = 0 to 6 do Printf.printf "[%-*d]" w 42 done;
  print_newline ();
  Printf.printf "[%*s] [%-*s]\n" 8 "abc" 8 "abc";
  Printf.printf "[%*.*f]\n" 10 3 3.14159;
  Printf.printf "[%.*f] [%.*f]\n" 0 2.5 5 2.5;
  Printf.printf "[%*d]\n" (-6) 7
