module SM = Map.Make (String)
module IM = Map.Make (Int)

let () =
  let m = List.fold_left (fun m w -> SM.add w (String.length w) m) SM.empty
      [ "zeta"; "Alpha"; "beta"; "alpha"; "Zeta"; "_x"; "9lives"; ""; "a" ] in
  SM.iter (fun k v -> Printf.printf "%S:%d " k v) m;
  print_newline ();
  let im = List.fold_left (fun m k -> IM.add k (k * k) m) IM.empty [ 5; -3; 17; 0; max_int; min_int; 2 ] in
  IM.iter (fun k v -> Printf.printf "%d->%d " k v) im;
  print_newline ();
  Printf.printf "fold: %s\n" (IM.fold (fun k _ acc -> acc ^ string_of_int k ^ ",") im "");
  Printf.printf "to_seq: %s\n" (String.concat "," (List.map (fun (k, _) -> string_of_int k) (List.of_seq (IM.to_seq im))));
  Printf.printf "to_rev_seq: %s\n" (String.concat "," (List.map (fun (k, _) -> string_of_int k) (List.of_seq (IM.to_rev_seq im))));
  Printf.printf "to_seq_from 1: %s\n" (String.concat "," (List.map (fun (k, _) -> string_of_int k) (List.of_seq (IM.to_seq_from 1 im))));
  let b = IM.bindings im in
  Printf.printf "bindings %d first %d\n" (List.length b) (fst (List.hd b));
  Printf.printf "for_all %b exists %b\n" (IM.for_all (fun k _ -> k > -10) im) (IM.exists (fun k _ -> k = 17) im)
