module type ORDERED = sig
  type t
  val compare : t -> t -> int
end

module Make (Ord : ORDERED) : sig
  type elt = Ord.t
  type t
  val empty : t
  val add : elt -> t -> t
  val mem : elt -> t -> bool
  val to_list : t -> elt list
end = struct
  type elt = Ord.t
  type t = Leaf | Node of t * elt * t

  let empty = Leaf

  let rec add x = function
    | Leaf -> Node (Leaf, x, Leaf)
    | Node (l, v, r) as node ->
      let c = Ord.compare x v in
      if c = 0 then node
      else if c < 0 then Node (add x l, v, r)
      else Node (l, v, add x r)

  let rec mem x = function
    | Leaf -> false
    | Node (l, v, r) ->
      let c = Ord.compare x v in
      c = 0 || (if c < 0 then mem x l else mem x r)

  let to_list t =
    let rec go acc = function
      | Leaf -> acc
      | Node (l, v, r) -> go (v :: go acc r) l
    in
    go [] t
end

module IntSet = Make (struct type t = int let compare = compare end)

let () =
  let s = List.fold_left (fun acc x -> IntSet.add x acc) IntSet.empty [ 5; 3; 8; 1 ] in
  IntSet.to_list s |> List.map string_of_int |> String.concat " " |> print_endline;
  Printf.printf "%b %b\n" (IntSet.mem 3 s) (IntSet.mem 4 s)
