let () =
  let b = Bytes.of_string "hello world" in
  Bytes.set b 0 'H';
  Bytes.set b 6 'W';
  print_endline (Bytes.to_string b);
  let b2 = Bytes.create 5 in
  for i = 0 to 4 do Bytes.set b2 i (Char.chr (65 + i)) done;
  print_endline (Bytes.to_string b2);
  let s = Bytes.to_string b2 in
  Bytes.set b2 0 'Z';
  Printf.printf "%s %s\n" s (Bytes.to_string b2);
  let u = Bytes.unsafe_to_string (Bytes.of_string "frozen") in
  print_endline u;
  let r = Bytes.make 3 '-' in
  Bytes.fill r 1 1 '+';
  print_endline (Bytes.to_string r);
  let rev b =
    let n = Bytes.length b in
    for i = 0 to (n / 2) - 1 do
      let t = Bytes.get b i in
      Bytes.set b i (Bytes.get b (n - 1 - i));
      Bytes.set b (n - 1 - i) t
    done in
  let x = Bytes.of_string "stressed" in
  rev x;
  print_endline (Bytes.to_string x);
  Printf.printf "%d\n" (Bytes.length (Bytes.empty))
