(* The classic recursive module: a tree whose children are a set of trees *)
module rec Tree : sig
  type t = Leaf of int | Node of TreeSet.t
  val compare : t -> t -> int
  val sum : t -> int
end = struct
  type t = Leaf of int | Node of TreeSet.t
  let compare a b =
    match (a, b) with
    | Leaf x, Leaf y -> Stdlib.compare x y
    | Leaf _, Node _ -> -1
    | Node _, Leaf _ -> 1
    | Node s, Node t -> TreeSet.compare s t
  let rec sum = function Leaf n -> n | Node s -> TreeSet.fold (fun t acc -> acc + sum t) s 0
end

and TreeSet : Set.S with type elt = Tree.t = Set.Make (Tree)

let () =
  let leaves = List.map (fun n -> Tree.Leaf n) [ 3; 1; 2; 3; 1 ] in
  let s = TreeSet.of_list leaves in
  Printf.printf "distinct leaves: %d\n" (TreeSet.cardinal s);
  let t = Tree.Node (TreeSet.add (Tree.Node s) s) in
  Printf.printf "sum: %d\n" (Tree.sum t);
  Printf.printf "compare: %d %d\n" (Tree.compare (Tree.Leaf 1) t) (Tree.compare t t)
