(* division truncates toward zero; mod takes the sign of the dividend *)
let () =
  let pairs = [ (7, 2); (-7, 2); (7, -2); (-7, -2); (0, 5); (1, 3); (-1, 3);
                (13, 13); (min_int, 3); (max_int, -7); (min_int, -1) ] in
  List.iter
    (fun (a, b) ->
      Printf.printf "%d / %d = %d, %d mod %d = %d\n" a b (a / b) a b (a mod b))
    pairs;
  Printf.printf "%d %d\n" (Int.rem (-9) 4) (Int.div (-9) 4);
  (* a euclidean modulo made by hand *)
  let emod a b = let r = a mod b in if r < 0 then r + abs b else r in
  List.iter (fun a -> Printf.printf "%d " (emod a 5)) [-12; -5; -1; 0; 3; 11];
  print_newline ()
