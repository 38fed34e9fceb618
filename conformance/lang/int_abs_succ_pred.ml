let () =
  List.iter
    (fun n -> Printf.printf "n=%d abs=%d succ=%d pred=%d neg=%d\n" n (abs n) (succ n) (pred n) (-n))
    [0; 1; -1; 42; -42; max_int; min_int];
  Printf.printf "%d %d\n" (Int.abs (-7)) (Int.neg 7);
  Printf.printf "%d %d\n" (Int.succ 9) (Int.pred 0);
  Printf.printf "%d\n" (~- 5);
  Printf.printf "%d\n" (~+ 5);
  Printf.printf "%d\n" (- (- 3));
  let x = 10 in
  Printf.printf "%d %d\n" (x - -2) (x - - - 2);
  Printf.printf "%b\n" (abs min_int < 0)
