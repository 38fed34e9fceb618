let () =
  let l = List.init 10 (fun i -> i * i) in
  print_endline (String.concat "," (List.map string_of_int l));
  Printf.printf "length %d\n" (List.length l);
  Printf.printf "compare_lengths %d %d %d\n" (List.compare_lengths [ 1 ] [ 1; 2 ]) (List.compare_lengths [ 1; 2 ] [ 3; 4 ])
    (List.compare_length_with [ 1; 2; 3 ] 2);
  let order = ref [] in
  let _ = List.init 5 (fun i -> order := i :: !order; i) in
  Printf.printf "init order %s\n" (String.concat "," (List.rev_map string_of_int !order));
  let big = List.init 100_000 (fun i -> i) in
  Printf.printf "big length %d, last %d\n" (List.length big) (List.nth big 99_999);
  let order2 = ref [] in
  let _ = List.init 20_000 (fun i -> if i mod 5000 = 0 then order2 := i :: !order2; i) in
  Printf.printf "big init order %s\n" (String.concat "," (List.rev_map string_of_int !order2));
  Printf.printf "empty %d\n" (List.length (List.init 0 (fun i -> i)));
  Printf.printf "%b\n" (List.init 3 string_of_int = [ "0"; "1"; "2" ])
