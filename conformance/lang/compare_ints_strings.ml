let () =
  let ints = [ (1, 2); (2, 1); (3, 3); (-1, 1); (min_int, max_int) ] in
  List.iter (fun (a, b) -> Printf.printf "compare %d %d = %d; = %b; < %b; >= %b\n" a b (compare a b) (a = b) (a < b) (a >= b)) ints;
  let strs = [ ("a", "b"); ("abc", "abd"); ("", ""); ("Z", "a"); ("long", "lo"); ("a\000", "a") ] in
  List.iter (fun (a, b) -> Printf.printf "compare %S %S = %d; <> %b; > %b\n" a b (compare a b) (a <> b) (a > b)) strs;
  Printf.printf "%d %d\n" (compare 'a' 'b') (compare true false);
  Printf.printf "%d %d\n" (compare () ()) (compare [] [ 1 ]);
  Printf.printf "%b %b\n" ("abc" <> "abc") (1 != 1);
  Printf.printf "%b\n" (String.make 2 'a' != "aa");
  Printf.printf "%d %d\n" (compare 10 (-10)) (compare "10" "9");
  Printf.printf "%b %b\n" ("apple" < "banana") ("Zebra" < "apple")
