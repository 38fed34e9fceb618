let () =
  for _ = 1 to 5 do Printf.printf "%d " (Random.int 1000) done; print_newline ();
  Printf.printf "%b %f\n" (Random.bool ()) (Random.float 10.);
  Random.init 42;
  for _ = 1 to 5 do Printf.printf "%d " (Random.int 100) done; print_newline ();
  Random.full_init [| 1; 2; 3 |];
  Printf.printf "%d %f\n" (Random.bits ()) (Random.float 1.0);
  print_endline (Digest.to_hex (Digest.string "hello"))
