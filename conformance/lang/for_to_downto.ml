let () =
  for i = 1 to 5 do Printf.printf "%d " i done;
  print_newline ();
  for i = 5 downto 1 do Printf.printf "%d " i done;
  print_newline ();
  for i = 3 to 2 do Printf.printf "never %d" i done;
  for i = 2 downto 3 do Printf.printf "never %d" i done;
  for i = 7 to 7 do Printf.printf "once %d\n" i done;
  let bound = ref 3 in
  for i = 1 to !bound do
    bound := 10;
    Printf.printf "bound evaluated once: %d\n" i
  done;
  let t name v = Printf.printf "eval %s\n" name; v in
  for i = t "start" 1 to t "end" 2 do Printf.printf "body %d\n" i done;
  for i = max_int - 2 to max_int do Printf.printf "%d\n" (i - max_int) done;
  for i = min_int + 1 downto min_int do Printf.printf "%d\n" (i - min_int) done;
  for i = 1 to 3 do
    for j = 1 to i do print_string "*" done;
    print_newline ()
  done;
  let sum = ref 0 in
  for i = -100 to 100 do sum := !sum + i done;
  Printf.printf "sum %d\n" !sum
