module SMap = Map.Make (String)
module IMap = Map.Make (Int)

let () =
  let m = List.fold_left (fun m (k, v) -> SMap.add k v m) SMap.empty
      [ ("pear", 3); ("apple", 5); ("fig", 1); ("banana", 2); ("apple", 7) ] in
  SMap.iter (fun k v -> Printf.printf "%s=%d\n" k v) m;
  Printf.printf "cardinal %d\n" (SMap.cardinal m);
  Printf.printf "find apple %d\n" (SMap.find "apple" m);
  Printf.printf "find_opt kiwi %s\n" (match SMap.find_opt "kiwi" m with None -> "None" | Some v -> string_of_int v);
  (try ignore (SMap.find "kiwi" m) with Not_found -> print_endline "find kiwi: Not_found");
  let m2 = SMap.remove "fig" m in
  print_endline (String.concat " " (List.map fst (SMap.bindings m2)));
  let im = IMap.of_seq (List.to_seq [ (5, "five"); (-1, "minus one"); (3, "three"); (10, "ten") ]) in
  IMap.iter (fun k v -> Printf.printf "%d:%s " k v) im;
  print_newline ();
  let k, v = IMap.min_binding im in
  Printf.printf "min %d %s\n" k v;
  let k, v = IMap.max_binding im in
  Printf.printf "max %d %s\n" k v;
  Printf.printf "sum of keys %d\n" (IMap.fold (fun k _ acc -> acc + k) im 0);
  let doubled = IMap.map String.length im in
  IMap.iter (fun k v -> Printf.printf "%d->%d " k v) doubled;
  print_newline ()
