type r = { a : int; b : int; c : int }

let t name v = Printf.printf "eval %s\n" name; v

let () =
  print_endline "-- tuple";
  let x = (t "t1" 1, t "t2" 2, t "t3" 3) in
  let (p, q, s) = x in
  Printf.printf "%d %d %d\n" p q s;
  print_endline "-- record";
  let r = { a = t "a" 1; b = t "b" 2; c = t "c" 3 } in
  Printf.printf "%d %d %d\n" r.a r.b r.c;
  print_endline "-- record, fields written in another order";
  let r2 = { c = t "c" 3; a = t "a" 1; b = t "b" 2 } in
  Printf.printf "%d\n" (r2.a + r2.b + r2.c);
  print_endline "-- list literal";
  let l = [ t "l1" 1; t "l2" 2; t "l3" 3 ] in
  Printf.printf "%d\n" (List.length l);
  print_endline "-- cons";
  let l2 = t "head" 0 :: t "tail" [] in
  Printf.printf "%d\n" (List.length l2);
  print_endline "-- array literal";
  let a = [| t "x1" 1; t "x2" 2 |] in
  Printf.printf "%d\n" (Array.length a);
  print_endline "-- constructor";
  let o = Some (t "some-a" 1, t "some-b" 2) in
  ignore o
