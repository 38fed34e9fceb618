let () =
  let dst = Bytes.make 12 '.' in
  Bytes.blit_string "abcdef" 1 dst 3 4;
  print_endline (Bytes.to_string dst);
  let src = Bytes.of_string "0123456789" in
  Bytes.blit src 0 src 2 5;
  print_endline (Bytes.to_string src);
  let src = Bytes.of_string "0123456789" in
  Bytes.blit src 4 src 1 5;
  print_endline (Bytes.to_string src);
  Bytes.fill dst 0 3 '#';
  print_endline (Bytes.to_string dst);
  print_endline (Bytes.to_string (Bytes.sub dst 2 5));
  print_endline (Bytes.sub_string dst 0 4);
  let e = Bytes.extend (Bytes.of_string "mid") 2 3 in
  Printf.printf "%d %S\n" (Bytes.length e) (Bytes.sub_string e 2 3);
  print_endline (Bytes.to_string (Bytes.cat (Bytes.of_string "ab") (Bytes.of_string "cd")));
  print_endline (Bytes.to_string (Bytes.concat (Bytes.of_string ",") [ Bytes.of_string "x"; Bytes.of_string "y" ]));
  (try Bytes.fill dst 10 5 'x' with Invalid_argument m -> Printf.printf "fill: %S\n" m);
  (try Bytes.blit_string "abc" 0 dst 11 2 with Invalid_argument m -> Printf.printf "blit_string: %S\n" m)
