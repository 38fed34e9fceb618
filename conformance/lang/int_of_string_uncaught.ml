let parse_all l = List.map int_of_string l

let () =
  let good = parse_all [ "1"; "2"; "3" ] in
  Printf.printf "sum %d\n" (List.fold_left ( + ) 0 good);
  let hex = parse_all [ "0x10"; "0b101"; "-0o7" ] in
  Printf.printf "sum %d\n" (List.fold_left ( + ) 0 hex);
  let bad = parse_all [ "4"; "five"; "6" ] in
  Printf.printf "sum %d\n" (List.fold_left ( + ) 0 bad);
  print_endline "not reached"
