let () =
  let s = "sequence" in
  Seq.iter (fun c -> Printf.printf "%c." c) (String.to_seq s);
  print_newline ();
  Seq.iter (fun (i, c) -> Printf.printf "%d%c " i c) (String.to_seqi "abc");
  print_newline ();
  let s2 = String.of_seq (Seq.map Char.uppercase_ascii (String.to_seq s)) in
  print_endline s2;
  let l = List.of_seq (String.to_seq "xyz") in
  Printf.printf "%d chars\n" (List.length l);
  let b = Bytes.of_seq (List.to_seq [ 'o'; 'k' ]) in
  print_endline (Bytes.to_string b);
  let filtered = String.of_seq (Seq.filter (fun c -> not (List.mem c [ 'a'; 'e'; 'i'; 'o'; 'u' ])) (String.to_seq "programming language")) in
  print_endline filtered;
  let buf = Buffer.create 4 in
  Buffer.add_seq buf (String.to_seq "buffered");
  print_endline (Buffer.contents buf)
