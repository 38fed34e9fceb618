let () =
  print_string "a";
  flush stdout;
  Printf.printf "b%!";
  print_string "c";
  print_newline ();
  print_string "line without end; ";
  Printf.printf "%d " 1;
  flush_all ();
  output_string stdout "output_string ";
  output_char stdout 'X';
  output_substring stdout "0123456789" 2 3;
  Printf.printf "\n%s" "final text without newline";
  flush stdout;
  print_string " + more"
