let () =
  let b = Buffer.create 4 in
  Buffer.add_string b "hello";
  Buffer.add_char b ' ';
  Buffer.add_string b "world";
  Printf.printf "%s (%d)\n" (Buffer.contents b) (Buffer.length b);
  Printf.printf "nth 4 = %c\n" (Buffer.nth b 4);
  Printf.printf "sub = %s\n" (Buffer.sub b 6 5);
  Buffer.add_substring b "0123456789" 3 4;
  print_endline (Buffer.contents b);
  Buffer.truncate b 5;
  print_endline (Buffer.contents b);
  Buffer.add_bytes b (Bytes.of_string "!!");
  print_endline (Buffer.to_bytes b |> Bytes.to_string);
  let b2 = Buffer.create 8 in
  Buffer.add_buffer b2 b;
  Buffer.add_buffer b2 b;
  print_endline (Buffer.contents b2);
  Buffer.clear b;
  Printf.printf "after clear %d %S\n" (Buffer.length b) (Buffer.contents b);
  (try ignore (Buffer.nth b2 100) with Invalid_argument m -> Printf.printf "nth: %S\n" m);
  (try ignore (Buffer.sub b2 10 10) with Invalid_argument m -> Printf.printf "sub: %S\n" m);
  (try Buffer.truncate b2 100 with Invalid_argument m -> Printf.printf "truncate: %S\n" m);
  let big = Buffer.create 1 in
  for i = 0 to 9999 do Buffer.add_char big (Char.chr (97 + (i mod 26))) done;
  Printf.printf "%d %s\n" (Buffer.length big) (Buffer.sub big 9990 10);
  Buffer.add_utf_8_uchar big (Uchar.of_int 0x263A);
  Printf.printf "%d\n" (Buffer.length big);
  Buffer.reset big;
  Printf.printf "%d\n" (Buffer.length big)
