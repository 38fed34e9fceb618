let () =
  for i = 1 to 5 do
    Printf.printf "out %d\n" i;
    if i mod 2 = 0 then flush stdout;
    Printf.eprintf "err %d\n" i
  done;
  print_string "no newline, ";
  flush stdout;
  print_string "then more";
  flush_all ();
  print_newline ();
  prerr_string "err no newline";
  print_string "final"
