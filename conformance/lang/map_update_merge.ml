module M = Map.Make (String)

let show m = String.concat " " (List.map (fun (k, v) -> k ^ "=" ^ string_of_int v) (M.bindings m))

let () =
  let a = M.of_seq (List.to_seq [ ("x", 1); ("y", 2); ("z", 3) ]) in
  let b = M.of_seq (List.to_seq [ ("y", 20); ("z", 30); ("w", 40) ]) in
  print_endline (show (M.union (fun _ va vb -> Some (va + vb)) a b));
  print_endline (show (M.union (fun k va _ -> if k = "y" then None else Some va) a b));
  print_endline (show (M.merge (fun _ va vb -> match (va, vb) with
    | Some x, Some y -> Some (x * y) | Some x, None -> Some (-x) | None, Some _ -> None | None, None -> None) a b));
  let inc k m = M.update k (function None -> Some 1 | Some n -> Some (n + 1)) m in
  let c = List.fold_left (fun m k -> inc k m) M.empty [ "a"; "b"; "a"; "c"; "a"; "b" ] in
  print_endline (show c);
  print_endline (show (M.update "a" (fun _ -> None) c));
  print_endline (show (M.filter (fun _ v -> v > 1) c));
  print_endline (show (M.mapi (fun k v -> String.length k + v) c));
  let lo, mid, hi = M.split "b" c in
  Printf.printf "%s | %s | %s\n" (show lo) (match mid with Some v -> string_of_int v | None -> "-") (show hi);
  let p1, p2 = M.partition (fun k _ -> k < "b") c in
  Printf.printf "%s / %s\n" (show p1) (show p2);
  Printf.printf "%b %d\n" (M.equal ( = ) a a) (M.compare compare a b);
  Printf.printf "%s\n" (match M.find_first (fun k -> k >= "b") c with (k, v) -> k ^ string_of_int v);
  Printf.printf "%s\n" (match M.find_last_opt (fun k -> k < "a") c with None -> "none" | Some (k, _) -> k);
  Printf.printf "%s\n" (match M.choose_opt M.empty with None -> "empty" | Some _ -> "?")
