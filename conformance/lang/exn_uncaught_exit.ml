let search l target =
  List.iter
    (fun x ->
      Printf.printf "visiting %d\n" x;
      if x = target then raise Exit)
    l

let () =
  (try search [ 1; 2; 3 ] 2 with Exit -> print_endline "found 2 (Exit caught)");
  search [ 4; 5; 6 ] 5;
  print_endline "not reached"
