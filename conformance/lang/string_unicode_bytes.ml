let () =
  let s = "na\xc3\xafve caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x90\xab" in
  print_endline s;
  Printf.printf "bytes: %d\n" (String.length s);
  String.iter (fun c -> Printf.printf "%02x " (Char.code c)) s;
  print_newline ();
  let count_utf8 s =
    let n = ref 0 in
    String.iter (fun c -> if Char.code c land 0xC0 <> 0x80 then incr n) s;
    !n in
  Printf.printf "code points: %d\n" (count_utf8 s);
  print_endline (String.uppercase_ascii s);
  Printf.printf "%S\n" s;
  print_endline (String.escaped "\xe2\x82\xac");
  let decode2 s i = ((Char.code s.[i] land 0x1f) lsl 6) lor (Char.code s.[i + 1] land 0x3f) in
  Printf.printf "U+%04X\n" (decode2 s 2);
  let u = Uchar.of_int 0x20AC in
  Printf.printf "%d %b\n" (Uchar.to_int u) (Uchar.is_valid 0xD800)
