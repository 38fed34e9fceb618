module type KEYED = sig type key val key : key end
let count =
  let module SMap = Map.Make (String) in
  SMap.cardinal (SMap.add "a" 1 (SMap.add "b" 2 SMap.empty))
let lookup k = let module M = Map.Make (String) in M.find_opt k (M.singleton "x" 1)
