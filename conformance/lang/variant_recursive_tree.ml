type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree

let rec insert x = function
  | Leaf -> Node (Leaf, x, Leaf)
  | Node (l, v, r) as t ->
    if x < v then Node (insert x l, v, r) else if x > v then Node (l, v, insert x r) else t

let rec inorder = function Leaf -> [] | Node (l, v, r) -> inorder l @ [ v ] @ inorder r
let rec height = function Leaf -> 0 | Node (l, _, r) -> 1 + max (height l) (height r)
let rec size = function Leaf -> 0 | Node (l, _, r) -> size l + 1 + size r

let rec show = function
  | Leaf -> "."
  | Node (l, v, r) -> Printf.sprintf "(%s %d %s)" (show l) v (show r)

let rec mem x = function
  | Leaf -> false
  | Node (l, v, r) -> x = v || (if x < v then mem x l else mem x r)

let () =
  let t = List.fold_left (fun t x -> insert x t) Leaf [ 50; 30; 70; 20; 40; 60; 80; 30; 65 ] in
  print_endline (show t);
  print_endline (String.concat " " (List.map string_of_int (inorder t)));
  Printf.printf "height %d size %d\n" (height t) (size t);
  List.iter (fun x -> Printf.printf "mem %d: %b\n" x (mem x t)) [ 65; 66 ];
  let degenerate = List.fold_left (fun t x -> insert x t) Leaf (List.init 10 Fun.id) in
  Printf.printf "degenerate height %d\n" (height degenerate);
  let st = List.fold_left (fun t x -> insert x t) Leaf [ "m"; "c"; "x"; "a" ] in
  print_endline (String.concat "," (inorder st))
