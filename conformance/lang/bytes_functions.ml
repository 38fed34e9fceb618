let () =
  let b = Bytes.of_string "Mixed Case Bytes" in
  print_endline (Bytes.to_string (Bytes.uppercase_ascii b));
  print_endline (Bytes.to_string (Bytes.lowercase_ascii b));
  print_endline (Bytes.to_string (Bytes.map (fun c -> if c = ' ' then '_' else c) b));
  print_endline (Bytes.to_string (Bytes.init 6 (fun i -> Char.chr (Char.code 'a' + (i * 2)))));
  Printf.printf "%d\n" (Bytes.index b 'C');
  Printf.printf "%b\n" (Bytes.contains b 'y');
  Printf.printf "%b %d\n" (Bytes.equal b (Bytes.copy b)) (Bytes.compare (Bytes.of_string "a") (Bytes.of_string "b"));
  let c = Bytes.copy b in
  Bytes.set c 0 'm';
  Printf.printf "%s / %s\n" (Bytes.to_string b) (Bytes.to_string c);
  Bytes.iteri (fun i ch -> if i < 5 then Printf.printf "%d:%c " i ch) b;
  print_newline ();
  print_endline (Bytes.to_string (Bytes.trim (Bytes.of_string "  padded  ")));
  Printf.printf "%d\n" (Bytes.get_uint8 (Bytes.of_string "\xff") 0);
  let w = Bytes.make 4 '\000' in
  Bytes.set_int16_le w 0 0x1234;
  Bytes.set_uint8 w 2 200;
  Printf.printf "%S %d %d\n" (Bytes.to_string w) (Bytes.get_int16_be w 0) (Bytes.get_int8 w 2)
