let show b = print_string (if b then "T " else "F ")
let () =
  show (compare 1 2 < 0); show ([1; 2] < [1; 3]); show ((1, "b") > (1, "a")); show (Some 3 > None);
  show ("abc" < "abd"); show (nan = nan); show (compare nan nan = 0); show ([||] < [|1|]);
  print_newline ();
  print_int (compare [3] [1; 2]); print_int (compare "b" "ab"); print_newline ();
  (try ignore (compare (fun x -> x) (fun x -> x)) with Invalid_argument m -> print_endline m);
  show (max "a" "b" = "b"); show (min [2] [1; 5] = [1; 5]); print_newline ();
  let a = [1; 2] in show (a == a); show ([1; 2] == [1; 2]); print_newline ()
