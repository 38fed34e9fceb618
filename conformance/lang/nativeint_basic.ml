let () =
  Printf.printf "%nd\n" (Nativeint.add 40n 2n);
  Printf.printf "%nd\n" Nativeint.max_int;
  Printf.printf "%nd\n" Nativeint.min_int;
  Printf.printf "%nx\n" (-1n);
  Printf.printf "%d\n" Nativeint.size;
  Printf.printf "%s\n" (Nativeint.to_string 123n);
  Printf.printf "%nd\n" (Nativeint.of_int max_int);
  Printf.printf "%d\n" (Nativeint.to_int (Nativeint.of_string "0x10"));
  Printf.printf "%nd\n" (Nativeint.mul 3n (-4n));
  Printf.printf "%nd\n" (Nativeint.neg Nativeint.min_int);
  Printf.printf "%5nd|%-5nd|\n" 7n 7n
