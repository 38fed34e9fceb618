let () =
  print_endline (String.make 5 'x');
  Printf.printf "%S\n" (String.make 0 'x');
  print_endline (String.init 10 (fun i -> Char.chr (48 + i)));
  print_endline (String.init 26 (fun i -> Char.chr (97 + i)));
  print_endline (String.init 8 (fun i -> if i mod 2 = 0 then '#' else '.'));
  (try ignore (String.make (-1) 'x') with Invalid_argument m -> Printf.printf "make -1: %S\n" m);
  (try ignore (String.init (-3) (fun _ -> 'a')) with Invalid_argument m -> Printf.printf "init -3: %S\n" m);
  let order = ref [] in
  let s = String.init 4 (fun i -> order := i :: !order; 'a') in
  Printf.printf "%s built in order %s\n" s (String.concat "," (List.rev_map string_of_int !order));
  for n = 1 to 4 do print_endline (String.make n '*' ^ String.make (4 - n) '-') done
