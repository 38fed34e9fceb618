let average l =
  let fs = List.map float_of_string l in
  List.fold_left ( +. ) 0. fs /. float_of_int (List.length fs)

let () =
  Printf.printf "%.3f\n" (average [ "1.5"; "2.5"; "3" ]);
  Printf.printf "%.3f\n" (average [ "10"; "1e1"; "0x14" ]);
  Printf.printf "%.3f\n" (average [ "nan"; "1" ]);
  Printf.printf "%.3f\n" (average [ "1_0.5"; "-.5" ]);
  Printf.printf "%.3f\n" (average [ "1"; "two"; "3" ]);
  print_endline "not reached"
