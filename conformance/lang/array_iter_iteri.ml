let () =
  let a = [| "zero"; "one"; "two"; "three" |] in
  Array.iter (fun s -> Printf.printf "%s " s) a;
  print_newline ();
  Array.iteri (fun i s -> Printf.printf "%d:%s " i s) a;
  print_newline ();
  Array.iter2 (fun x y -> Printf.printf "%s-%d " x y) [| "a"; "b" |] [| 1; 2 |];
  print_newline ();
  (try Array.iter2 (fun _ _ -> ()) [| 1 |] [| 1; 2 |] with Invalid_argument m -> Printf.printf "iter2: %S\n" m);
  let a = [| 1; 2; 3; 4 |] in
  Array.iteri (fun i x -> if i < 3 then a.(i + 1) <- a.(i + 1) + x) a;
  Array.iter (Printf.printf "%d ") a;
  print_newline ();
  for i = Array.length a - 1 downto 0 do Printf.printf "%d " a.(i) done;
  print_newline ();
  let total = ref 0 in
  Array.iter (fun x -> total := !total + x) (Array.init 1000 succ);
  Printf.printf "%d\n" !total
