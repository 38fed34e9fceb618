let () =
  let b = Buffer.create 8 in
  Printf.bprintf b "%d" 1;
  Printf.bprintf b ",%s" "two";
  Printf.bprintf b ",%.2f" 3.0;
  Printf.bprintf b ",%c" '4';
  Printf.bprintf b ",%b" true;
  print_endline (Buffer.contents b);
  Printf.printf "length %d\n" (Buffer.length b);
  Buffer.clear b;
  for i = 1 to 5 do Printf.bprintf b "[%02d]" (i * i) done;
  print_endline (Buffer.contents b);
  let b2 = Buffer.create 4 in
  Printf.bprintf b2 "%a" (fun b x -> Printf.bprintf b "<%d>" x) 5;
  Buffer.add_buffer b b2;
  print_endline (Buffer.contents b);
  let r = Printf.kbprintf (fun b -> Buffer.length b) (Buffer.create 1) "%s%s" "ab" "cde" in
  Printf.printf "kbprintf %d\n" r
