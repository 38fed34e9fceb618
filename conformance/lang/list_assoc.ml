let table = [ ("one", 1); ("two", 2); ("three", 3); ("two", 22) ]

let () =
  Printf.printf "assoc two = %d\n" (List.assoc "two" table);
  Printf.printf "assoc_opt four = %s\n"
    (match List.assoc_opt "four" table with None -> "None" | Some v -> string_of_int v);
  Printf.printf "mem_assoc three = %b\n" (List.mem_assoc "three" table);
  let t2 = List.remove_assoc "two" table in
  List.iter (fun (k, v) -> Printf.printf "%s=%d " k v) t2;
  print_newline ();
  (try ignore (List.assoc "zero" table) with Not_found -> print_endline "assoc zero: Not_found");
  let k = "one" in
  Printf.printf "assq (different physical string) = %s\n"
    (match List.assq_opt (String.concat "" [ "o"; "ne" ]) table with None -> "None" | Some v -> string_of_int v);
  Printf.printf "assq same = %d\n" (List.assq k [ (k, 100) ]);
  Printf.printf "mem_assq = %b\n" (List.mem_assq 1 [ (1, "a") ]);
  let inverted = List.map (fun (a, b) -> (b, a)) table in
  Printf.printf "%s\n" (List.assoc 22 inverted);
  let t3 = List.remove_assq 1 [ (1, "a"); (2, "b"); (1, "c") ] in
  Printf.printf "%d\n" (List.length t3)
