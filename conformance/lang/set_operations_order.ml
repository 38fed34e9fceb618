module CS = Set.Make (Char)
module PS = Set.Make (struct type t = int * string let compare = compare end)
module RS = Set.Make (struct type t = int let compare a b = compare b a end)

let () =
  let s = CS.of_seq (String.to_seq "the quick brown fox jumps over the lazy dog") in
  CS.iter print_char s;
  print_newline ();
  Printf.printf "%d distinct chars\n" (CS.cardinal s);
  let ps = PS.of_list [ (2, "b"); (1, "z"); (2, "a"); (1, "z"); (0, "q") ] in
  PS.iter (fun (n, s) -> Printf.printf "(%d,%s)" n s) ps;
  print_newline ();
  let rs = RS.of_list [ 3; 1; 4; 1; 5; 9; 2; 6 ] in
  print_endline (String.concat " " (List.map string_of_int (RS.elements rs)));
  Printf.printf "min_elt (reversed order) %d\n" (RS.min_elt rs);
  Printf.printf "fold %d\n" (RS.fold (fun x acc -> (acc * 10) + x) rs 0);
  let module IS = Set.Make (Int) in
  let a = IS.of_list (List.init 10 Fun.id) in
  let b = IS.map (fun x -> x * x mod 7) a in
  print_endline (String.concat " " (List.map string_of_int (IS.elements b)));
  Printf.printf "%s\n" (match IS.find_first_opt (fun x -> x > 3) b with Some x -> string_of_int x | None -> "-");
  let lo, present, hi = IS.split 5 a in
  Printf.printf "%d %b %d\n" (IS.cardinal lo) present (IS.cardinal hi);
  Printf.printf "disjoint %b\n" (IS.disjoint (IS.of_list [ 1; 2 ]) (IS.of_list [ 3 ]));
  Printf.printf "%s\n" (String.concat "," (List.map string_of_int (List.of_seq (IS.to_seq_from 7 a))))
