let () =
  Printf.printf "%d %5d|%-5d|%05d %x %X %o %s|%10s|%-4s| %c %b\n" 42 7 7 (-7) 255 255 8 "str" "right" "l" 'z' true;
  Printf.printf "%f %.2f %8.3f %e %g %g %F\n" 3.14159 2.675 (-1.5) 1234.5 0.0001 1e10 1.0;
  print_endline (Printf.sprintf "%S %C %%" "q\"uote" '\n');
  let p = Printf.sprintf "%d-%d" 1 in
  print_endline (p 2 ^ " " ^ p 3);
  Printf.printf "%*d|%.*f\n" 6 42 3 3.14159;
  let b = Buffer.create 8 in Printf.bprintf b "x=%d" 5; print_endline (Buffer.contents b);
  Printf.eprintf "to stderr %d\n" 1
