(* Lists: build, map, filter and sort. *)
let range a b = let rec go acc i = if i < a then acc else go (i :: acc) (i - 1) in go [] b
let () =
  for round = 1 to 5 do
    let l = List.map (fun x -> (x * 7919 + round) mod 10007) (range 1 100_000) in
    let l = List.filter (fun x -> x mod 3 <> 0) l in
    let s = List.sort compare l in
    print_int (List.length s); print_string " "; print_int (List.nth s 1000); print_newline ()
  done
