let () =
  let tuples = [ ((1, "b"), (1, "a")); ((0, "z"), (1, "a")); ((2, "x"), (2, "x")) ] in
  List.iter (fun (a, b) -> Printf.printf "%d %b\n" (compare a b) (a = b)) tuples;
  let lists = [ ([ 1; 2; 3 ], [ 1; 2; 4 ]); ([ 1; 2 ], [ 1; 2; 3 ]); ([], []); ([ 5 ], [ 1; 2; 3 ]); ([ 2 ], []) ] in
  List.iter (fun (a, b) -> Printf.printf "%d %b %b\n" (compare a b) (a = b) (a < b)) lists;
  let nested = [ [ 1; 2 ]; [ 1 ]; []; [ 0; 9 ]; [ 1; 1; 1 ] ] in
  List.iter (fun l -> Printf.printf "[%s] " (String.concat ";" (List.map string_of_int l))) (List.sort compare nested);
  print_newline ();
  Printf.printf "%b\n" ((1, [ 2; 3 ], "x") = (1, [ 2; 3 ], "x"));
  Printf.printf "%d\n" (compare (1, 2, 3) (1, 2, 4));
  Printf.printf "%d\n" (compare ("a", 2.5) ("a", 1.5));
  Printf.printf "%d\n" (compare [ [ "a" ] ] [ [ "a"; "b" ] ])
