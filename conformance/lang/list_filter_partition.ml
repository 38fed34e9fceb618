let show l = "[" ^ String.concat "; " (List.map string_of_int l) ^ "]"

let () =
  let l = List.init 15 (fun i -> i) in
  print_endline (show (List.filter (fun x -> x mod 3 = 0) l));
  let evens, odds = List.partition (fun x -> x mod 2 = 0) l in
  print_endline (show evens);
  print_endline (show odds);
  print_endline (show (List.find_all (fun x -> x > 10) l));
  print_endline (show (List.filteri (fun i _ -> i mod 4 = 0) l));
  print_endline (show (List.filter (fun _ -> false) l));
  let small, big = List.partition (fun x -> x < 100) [ 5; 500; 50; 5000 ] in
  Printf.printf "%s %s\n" (show small) (show big);
  let lefts, rights =
    List.partition_map (fun x -> if x mod 2 = 0 then Either.Left (x / 2) else Either.Right (string_of_int x)) [ 1; 2; 3; 4 ] in
  Printf.printf "%s %s\n" (show lefts) (String.concat "," rights);
  let _ = List.filter (fun x -> Printf.printf "test %d\n" x; true) [ 1; 2; 3 ] in
  ()
