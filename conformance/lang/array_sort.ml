let show a = String.concat " " (Array.to_list (Array.map string_of_int a))

let () =
  let a = [| 38; 27; 43; 3; 9; 82; 10; 3; -5; 0 |] in
  let b = Array.copy a in
  Array.sort compare b;
  print_endline (show b);
  print_endline (show a);
  Array.sort (fun x y -> compare y x) b;
  print_endline (show b);
  let c = Array.copy a in
  Array.stable_sort compare c;
  print_endline (show c);
  let d = Array.copy a in
  Array.fast_sort compare d;
  print_endline (show d);
  let s = [| "pear"; "fig"; "apple"; "kiwi"; "banana" |] in
  Array.sort compare s;
  print_endline (String.concat " " (Array.to_list s));
  Array.sort (fun x y -> compare (String.length x) (String.length y)) s;
  print_endline (String.concat " " (Array.to_list s));
  let big = Array.init 10_000 (fun i -> (i * 7919) mod 10_007) in
  Array.sort compare big;
  Printf.printf "%d %d %d\n" big.(0) big.(5000) big.(9999);
  let e = [||] in
  Array.sort compare e;
  Printf.printf "%d\n" (Array.length e)
