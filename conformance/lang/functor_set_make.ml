module IS = Set.Make (Int)
module SS = Set.Make (String)

let show s = "{" ^ String.concat "," (List.map string_of_int (IS.elements s)) ^ "}"

let () =
  let a = IS.of_list [ 5; 1; 9; 3; 7; 1; 5 ] in
  let b = IS.of_list [ 2; 3; 4; 5; 6 ] in
  print_endline (show a);
  print_endline (show (IS.union a b));
  print_endline (show (IS.inter a b));
  print_endline (show (IS.diff a b));
  Printf.printf "mem 9 %b, mem 8 %b\n" (IS.mem 9 a) (IS.mem 8 a);
  Printf.printf "cardinal %d, min %d, max %d\n" (IS.cardinal a) (IS.min_elt a) (IS.max_elt a);
  Printf.printf "subset %b %b\n" (IS.subset (IS.of_list [ 1; 3 ]) a) (IS.subset b a);
  print_endline (show (IS.filter (fun x -> x > 4) a));
  let evens, odds = IS.partition (fun x -> x mod 2 = 0) (IS.union a b) in
  Printf.printf "%s %s\n" (show evens) (show odds);
  let words = SS.of_list (String.split_on_char ' ' "the cat and the dog and the bird") in
  print_endline (String.concat " " (SS.elements words));
  Printf.printf "%d\n" (SS.cardinal words);
  IS.iter (fun x -> Printf.printf "%d;" x) (IS.remove 5 a);
  print_newline ();
  Printf.printf "%b\n" (IS.equal a (IS.of_list [ 1; 3; 5; 7; 9 ]))
