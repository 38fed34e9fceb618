let () =
  Printf.printf "%d %d\n" (min 3 7) (max 3 7);
  Printf.printf "%s %s\n" (min "pear" "apple") (max "pear" "apple");
  Printf.printf "%s %s\n" (string_of_float (min 1.5 (-2.))) (string_of_float (max 1.5 (-2.)));
  let p = max (1, "b") (1, "a") in
  Printf.printf "(%d, %s)\n" (fst p) (snd p);
  Printf.printf "%s\n" (match min (Some 3) None with None -> "None" | Some n -> string_of_int n);
  Printf.printf "%d\n" (List.length (max [ 1; 2 ] [ 1; 2; 0 ]));
  Printf.printf "%s %s\n" (string_of_float (min 0. (-0.))) (string_of_float (max 0. (-0.)));
  Printf.printf "%s %s\n" (string_of_float (min (-0.) 0.)) (string_of_float (max (-0.) 0.));
  Printf.printf "%c %c\n" (min 'z' 'a') (max 'z' 'a');
  let best = List.fold_left max "" [ "kiwi"; "zebra"; "apple" ] in
  print_endline best;
  Printf.printf "%b\n" (max true false);
  Printf.printf "%d\n" (Int.min 5 (-5))
