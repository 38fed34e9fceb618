(* Hashtables and maps. *)
module M = Map.Make (struct type t = int let compare = compare end)
let () =
  for round = 1 to 3 do
    let h = Hashtbl.create 16 in
    for i = 0 to 200_000 do Hashtbl.replace h ((i + round) * 31 mod 50_000) i done;
    let m = ref M.empty in
    for i = 0 to 100_000 do m := M.add ((i + round) * 17 mod 30_000) i !m done;
    print_int (Hashtbl.length h); print_string " "; print_int (M.cardinal !m); print_newline ()
  done
