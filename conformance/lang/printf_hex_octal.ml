let () =
  Printf.printf "%x %X %o\n" 255 255 255;
  Printf.printf "%x %X %o\n" (-1) (-1) (-1);
  Printf.printf "%#x %#X %#o\n" 255 255 255;
  Printf.printf "%#x %#o\n" 0 0;
  Printf.printf "[%8x] [%-8x] [%08x] [%#08x]\n" 48879 48879 48879 48879;
  Printf.printf "%x\n" max_int;
  Printf.printf "%lx %LX %nx\n" 255l 255L 255n;
  Printf.printf "%#lx %#Lo\n" 4096l 8L;
  List.iter (fun n -> Printf.printf "%d=%x=%o " n n n) [ 0; 1; 7; 8; 15; 16; 100 ];
  print_newline ();
  Printf.printf "%.4x|%.2o\n" 10 3;
  Printf.printf "%X\n" 0xdeadbeef;
  Printf.printf "%#X\n" 0xcafe
