type tree = [ `Leaf of int | `Node of tree * tree ]
let rec sum (t : tree) = match t with `Leaf n -> n | `Node (a, b) -> sum a + sum b
let t : tree = `Node (`Leaf 1, `Node (`Leaf 2, `Leaf 3))
