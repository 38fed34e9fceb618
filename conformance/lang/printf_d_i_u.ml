let () =
  Printf.printf "%d|%i|%u\n" 42 42 42;
  Printf.printf "%d|%i|%u\n" (-42) (-42) (-42);
  Printf.printf "[%5d] [%-5d] [%05d] [%+d] [% d]\n" 42 42 42 42 42;
  Printf.printf "[%5d] [%-5d] [%05d] [%+d] [% d]\n" (-42) (-42) (-42) (-42) (-42);
  Printf.printf "[%1d] [%2d] [%10i]\n" 12345 12345 12345;
  Printf.printf "[%.3d] [%.0d] [%8.3d]\n" 7 0 7;
  Printf.printf "[%+5d] [%-+5d] [%+05d]\n" 9 9 9;
  Printf.printf "[%u] [%u]\n" max_int min_int;
  Printf.printf "[%d]\n" 0;
  Printf.printf "[% 5d] [%- 5d]\n" 3 3;
  Printf.printf "%d%d%d\n" 1 2 3;
  Printf.printf "%i,%i\n" (-0) (1 lsl 40)
