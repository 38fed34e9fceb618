let () =
  Printf.printf "%ld %ld\n" Int32.max_int Int32.min_int;
  Printf.printf "%ld\n" (Int32.add Int32.max_int 1l);
  Printf.printf "%Ld %Ld\n" Int64.max_int Int64.min_int;
  Printf.printf "%Ld\n" (Int64.add Int64.max_int 1L);
  Printf.printf "%Ld\n" (Int64.mul 1_000_000_007L 1_000_000_009L);
  Printf.printf "%s %s\n" (Int32.to_string (-5l)) (Int64.to_string 5L);
  Printf.printf "%d %d\n" (Int32.to_int 123l) (Int64.to_int 0x7fffffffffffffffL);
  Printf.printf "%ld\n" (Int32.of_int 0x1_0000_0001);
  Printf.printf "%lx %Lx\n" (-1l) (-1L);
  Printf.printf "%Ld\n" (Int64.of_string "0x7fffffffffffffff");
  Printf.printf "%Ld\n" (Int64.div (-7L) 2L);
  Printf.printf "%Ld\n" (Int64.rem (-7L) 2L);
  Printf.printf "%Ld\n" (Int64.shift_right_logical (-1L) 60);
  Printf.printf "%d\n" (Int64.compare 1L 2L);
  Printf.printf "%Lu\n" (-1L);
  Printf.printf "%ld\n" (Int32.shift_left 1l 31);
  (try ignore (Int32.of_string "3000000000") with Failure m -> print_endline m);
  Printf.printf "%f\n" (Int64.to_float 9007199254740993L)
