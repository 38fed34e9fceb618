let () =
  Printf.printf "zero=%d one=%d minus_one=%d\n" Int.zero Int.one Int.minus_one;
  Printf.printf "add=%d sub=%d mul=%d\n" (Int.add 3 4) (Int.sub 3 4) (Int.mul 3 4);
  Printf.printf "equal=%b compare=%d %d %d\n" (Int.equal 2 2) (Int.compare 1 2) (Int.compare 2 2) (Int.compare 3 2);
  Printf.printf "min=%d max=%d\n" (Int.min 4 (-4)) (Int.max 4 (-4));
  Printf.printf "to_float=%f of_float=%d\n" (Int.to_float 7) (Int.of_float (-7.9));
  Printf.printf "lor=%d\n" (Int.logor 8 1);
  print_endline (Int.to_string (-12));
  Printf.printf "compare max min = %d\n" (Int.compare max_int min_int);
  Printf.printf "compare via sub (overflow) = %d\n" (max_int - min_int);
  let l = List.sort Int.compare [5; -3; max_int; 0; min_int; 12] in
  print_endline (String.concat " " (List.map Int.to_string l))
