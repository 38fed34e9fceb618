let () =
  let l = [ 2; 4; 6; 7; 8 ] in
  Printf.printf "exists odd: %b\n" (List.exists (fun x -> x mod 2 = 1) l);
  Printf.printf "for_all even: %b\n" (List.for_all (fun x -> x mod 2 = 0) l);
  Printf.printf "exists on []: %b\n" (List.exists (fun _ -> true) []);
  Printf.printf "for_all on []: %b\n" (List.for_all (fun _ -> false) []);
  let visited = ref [] in
  let r = List.exists (fun x -> visited := x :: !visited; x > 5) l in
  Printf.printf "short-circuit exists %b visited %s\n" r (String.concat "," (List.rev_map string_of_int !visited));
  visited := [];
  let r = List.for_all (fun x -> visited := x :: !visited; x < 5) l in
  Printf.printf "short-circuit for_all %b visited %s\n" r (String.concat "," (List.rev_map string_of_int !visited));
  Printf.printf "exists2: %b\n" (List.exists2 (fun a b -> a = b) [ 1; 2; 3 ] [ 3; 2; 1 ]);
  Printf.printf "for_all2: %b\n" (List.for_all2 (fun a b -> a < b) [ 1; 2 ] [ 2; 3 ]);
  Printf.printf "equal: %b %b\n" (List.equal ( = ) [ 1; 2 ] [ 1; 2 ]) (List.equal ( = ) [ 1 ] [ 1; 2 ]);
  Printf.printf "compare: %d\n" (List.compare compare [ 1; 2; 3 ] [ 1; 3 ])
