let () =
  for i = 0 to 255 do
    let e = Char.escaped (Char.chr i) in
    if String.length e > 1 || i mod 32 = 0 then Printf.printf "%d:%s " i e;
    if i mod 16 = 15 then print_newline ()
  done;
  Printf.printf "%s %s %s %s\n" (Char.escaped '\'') (Char.escaped '"') (Char.escaped '\\') (Char.escaped 'a');
  Printf.printf "%C %C\n" '\'' '"';
  Printf.printf "%s\n" (String.escaped "'\"'");
  Printf.printf "%s\n" (Char.escaped '\t' ^ Char.escaped '\b' ^ Char.escaped '\r')
