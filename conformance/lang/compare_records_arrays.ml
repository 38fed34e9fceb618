type r = { a : int; b : string; c : float }

let () =
  let r1 = { a = 1; b = "x"; c = 1.5 } and r2 = { a = 1; b = "y"; c = 0. } in
  Printf.printf "%d %b %b\n" (compare r1 r2) (r1 = r2) (r1 = { a = 1; b = "x"; c = 1.5 });
  Printf.printf "%d\n" (compare { r1 with c = nan } { r1 with c = nan });
  Printf.printf "%b\n" ({ r1 with c = nan } = { r1 with c = nan });
  (* arrays compare by length first *)
  Printf.printf "%d\n" (compare [| 9 |] [| 1; 2 |]);
  Printf.printf "%d\n" (compare [| 1; 2 |] [| 1; 3 |]);
  Printf.printf "%d\n" (compare [| 5; 0 |] [| 1; 9 |]);
  Printf.printf "%d\n" (compare [||] [| 0 |]);
  Printf.printf "%b\n" ([| 1; 2 |] = [| 1; 2 |]);
  (* strings compare lexicographically, not by length *)
  Printf.printf "%d\n" (compare "z" "aa");
  Printf.printf "%d\n" (compare [| "z" |] [| "a"; "a" |]);
  Printf.printf "%d\n" (compare [| 1.; 2. |] [| 1.; nan |]);
  let refs = (ref 1, ref 1) in
  Printf.printf "%b %b\n" (fst refs = snd refs) (fst refs == snd refs);
  Printf.printf "%d\n" (compare (ref 2) (ref 1))
