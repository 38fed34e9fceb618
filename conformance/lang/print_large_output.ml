let () =
  for i = 1 to 300 do
    Printf.printf "line %03d: %s\n" i (String.make (i mod 50) (Char.chr (97 + (i mod 26))))
  done;
  let b = Buffer.create 70000 in
  for i = 0 to 69999 do Buffer.add_char b (Char.chr (48 + (i mod 10))) done;
  print_string (Buffer.sub b 0 100);
  print_newline ();
  let s = Buffer.contents b in
  Printf.printf "length %d, last char %c\n" (String.length s) s.[String.length s - 1];
  output_string stdout (String.sub s 69990 10);
  print_newline ()
