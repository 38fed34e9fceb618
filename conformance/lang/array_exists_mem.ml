let () =
  let a = [| 3; 8; 15; 4; 42 |] in
  Printf.printf "exists >40: %b\n" (Array.exists (fun x -> x > 40) a);
  Printf.printf "for_all >0: %b\n" (Array.for_all (fun x -> x > 0) a);
  Printf.printf "mem 15: %b\n" (Array.mem 15 a);
  Printf.printf "mem 16: %b\n" (Array.mem 16 a);
  Printf.printf "memq: %b\n" (Array.memq "x" [| "x" |]);
  Printf.printf "exists on empty: %b\n" (Array.exists (fun _ -> true) [||]);
  Printf.printf "for_all on empty: %b\n" (Array.for_all (fun _ -> false) [||]);
  Printf.printf "exists2: %b\n" (Array.exists2 ( = ) [| 1; 2 |] [| 2; 2 |]);
  Printf.printf "for_all2: %b\n" (Array.for_all2 ( < ) [| 1; 2 |] [| 2; 3 |]);
  let visited = ref 0 in
  ignore (Array.exists (fun x -> incr visited; x = 15) a);
  Printf.printf "visited %d\n" !visited;
  let find_index p a =
    let rec go i = if i >= Array.length a then None else if p a.(i) then Some i else go (i + 1) in
    go 0 in
  Printf.printf "%s\n" (match find_index (fun x -> x mod 2 = 0) a with Some i -> string_of_int i | None -> "-");
  Printf.printf "%s\n" (match find_index (fun x -> x > 100) a with Some i -> string_of_int i | None -> "-")
