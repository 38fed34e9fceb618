let () =
  Printf.printf "%ld %li %lu %lx %lX %lo\n" 42l 42l (-1l) 255l 255l 8l;
  Printf.printf "%Ld %Li %Lu %Lx %LX %Lo\n" 42L 42L (-1L) 255L 255L 8L;
  Printf.printf "%nd %ni %nu %nx %nX %no\n" 42n 42n (-1n) 255n 255n 8n;
  Printf.printf "[%8ld] [%-8Ld] [%08nd]\n" (-5l) (-5L) (-5n);
  Printf.printf "[%+ld] [% Ld]\n" 5l 5L;
  Printf.printf "%ld %Ld\n" Int32.min_int Int64.min_int;
  Printf.printf "%#Lx %#lo\n" 255L 8l;
  Printf.printf "%s\n" (Printf.sprintf "%Ld-%ld-%nd" 1L 2l 3n);
  Printf.printf "%Lu\n" Int64.min_int;
  Printf.printf "%lu\n" Int32.min_int;
  Printf.printf "%Ld\n" (Int64.of_int max_int)
