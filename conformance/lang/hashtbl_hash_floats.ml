let () =
  List.iter
    (fun f -> Printf.printf "%s -> %d\n" (string_of_float f) (Hashtbl.hash f))
    [ 0.; -0.; 1.; -1.; 0.5; 0.1; 3.14159; 1e100; 1e-100; infinity; neg_infinity; nan; -.nan; max_float; min_float ];
  Printf.printf "float array %d\n" (Hashtbl.hash [| 1.; 2. |]);
  Printf.printf "float pair %d\n" (Hashtbl.hash (1., 2.));
  Printf.printf "float record-ish %d\n" (Hashtbl.hash (Some 1.5));
  Printf.printf "0. and -0. equal hashes: %b\n" (Hashtbl.hash 0. = Hashtbl.hash (-0.));
  let h = Hashtbl.create 8 in
  List.iter (fun f -> Hashtbl.replace h f (string_of_float f)) [ 1.5; 2.5; -0.; 0.; 100. ];
  Hashtbl.iter (fun k v -> Printf.printf "%s=%s " (string_of_float k) v) h;
  print_newline ();
  Printf.printf "length %d\n" (Hashtbl.length h)
