module type TREE = sig
  type tree = Leaf | Node of forest
  and forest = tree list
  val size : tree -> int
end
module Tree : TREE = struct
  type tree = Leaf | Node of forest
  and forest = tree list
  let rec size = function Leaf -> 1 | Node f -> List.fold_left (fun a t -> a + size t) 1 f
end
