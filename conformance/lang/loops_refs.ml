let () =
  let total = ref 0 in
  for i = 10 downto 1 do total := !total + i done;
  let i = ref 0 in
  while !i < 5 do incr i done;
  Printf.printf "%d %d\n" !total !i;
  let a = Array.make 5 0 in
  Array.iteri (fun i _ -> a.(i) <- i * i) a;
  Array.iter (Printf.printf "%d;") a; print_newline ();
  let m = Array.make_matrix 3 3 0 in
  for x = 0 to 2 do for y = 0 to 2 do m.(x).(y) <- x * 3 + y done done;
  print_int m.(2).(1); print_newline ()
