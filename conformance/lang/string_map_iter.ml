let () =
  let s = "OCaml 4.13" in
  print_endline (String.map (fun c -> if c = ' ' then '_' else c) s);
  print_endline (String.mapi (fun i c -> if i mod 2 = 0 then Char.uppercase_ascii c else Char.lowercase_ascii c) s);
  String.iter (fun c -> Printf.printf "[%c]" c) s;
  print_newline ();
  String.iteri (fun i c -> if c = 'a' || c = '1' then Printf.printf "%c at %d\n" c i) s;
  let count = ref 0 in
  String.iter (fun c -> if c >= '0' && c <= '9' then incr count) s;
  Printf.printf "digits: %d\n" !count;
  Printf.printf "fold_left: %d\n" (String.fold_left (fun acc c -> acc + Char.code c) 0 s);
  Printf.printf "fold_right: %s\n" (String.fold_right (fun c acc -> acc ^ String.make 1 c) s "");
  Printf.printf "exists digit: %b\n" (String.exists (fun c -> c = '4') s);
  Printf.printf "for_all alpha: %b\n" (String.for_all (fun c -> c <> '#') s);
  let order = Buffer.create 10 in
  ignore (String.map (fun c -> Buffer.add_char order c; c) "abc");
  print_endline (Buffer.contents order)
