type t = Leaf | Node of t list
let rec depth = function Leaf -> 0 | Node ts -> 1 + List.fold_left (fun m t -> max m (depth t)) 0 ts
