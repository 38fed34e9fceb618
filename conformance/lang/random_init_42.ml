let () =
  Random.init 42;
  for _ = 1 to 10 do Printf.printf "%d " (Random.int 100) done;
  print_newline ();
  for _ = 1 to 5 do Printf.printf "%d " (Random.int 1_000_000) done;
  print_newline ();
  for _ = 1 to 5 do Printf.printf "%b " (Random.bool ()) done;
  print_newline ();
  for _ = 1 to 5 do Printf.printf "%.6f " (Random.float 1.0) done;
  print_newline ();
  for _ = 1 to 3 do Printf.printf "%d " (Random.bits ()) done;
  print_newline ();
  Random.init 42;
  Printf.printf "again: %d %d %d\n" (Random.int 100) (Random.int 100) (Random.int 100);
  Random.init 0;
  Printf.printf "seed 0: %d %d %d\n" (Random.int 10) (Random.int 10) (Random.int 10);
  Random.full_init [| 1; 2; 3 |];
  Printf.printf "full_init: %d %d\n" (Random.int 1000) (Random.int 1000);
  Printf.printf "%ld %Ld %nd\n" (Random.int32 1000l) (Random.int64 1_000_000_000_000L) (Random.nativeint 1000n);
  (try ignore (Random.int 0) with Invalid_argument m -> Printf.printf "int 0: %S\n" m)
