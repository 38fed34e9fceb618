let f = function
  | Leaf -> 0
  | Node (l, v, r) -> v
  | Pair (_, _) -> 1
  | Triple _ -> 2
  | Some (Some x) -> x
  | M.C x -> x
