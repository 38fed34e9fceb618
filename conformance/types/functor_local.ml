let count = let module M = Map.Make (String) in M.cardinal (M.add "a" 1 M.empty)
let size = let module H = Hashtbl.Make (struct type t = int let equal = ( = ) let hash = Hashtbl.hash end) in
  let t = H.create 8 in H.replace t 1 "one"; H.length t
let applied =
  let module F (X : sig val x : int end) = struct let y = X.x + 1 let pair z = (y, z) end in
  let module M = F (struct let x = 41 end) in
  M.pair "s"
