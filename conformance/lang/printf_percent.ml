let () =
  Printf.printf "100%%\n";
  Printf.printf "%%d is %d\n" 3;
  Printf.printf "%%%%\n";
  Printf.printf "%d%%%d\n" 1 2;
  print_endline (Printf.sprintf "50%% off");
  Printf.printf "@ and # and $ and &\n";
  Printf.printf "%s\n" "%d is not interpreted in arguments";
  Printf.printf "tab\tend\n";
  Printf.printf "a%!b%!c\n";
  Printf.printf "%,\n";
  Printf.printf "no newline at end"
