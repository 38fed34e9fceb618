let rec sum n = if n = 0 then 0 else n + sum (n - 1)

let rec naive_map f = function [] -> [] | x :: r -> f x :: naive_map f r

let rec build n = if n = 0 then [] else n :: build (n - 1)

let rec depth_tree n = if n = 0 then `Leaf else `Node (depth_tree (n - 1))

let rec count = function `Leaf -> 0 | `Node t -> 1 + count t

let () =
  Printf.printf "sum 100000 = %d\n" (sum 100_000);
  let l = build 100_000 in
  Printf.printf "built %d\n" (List.length l);
  let m = naive_map (fun x -> x * 2) l in
  Printf.printf "mapped head %d last %d\n" (List.hd m) (List.nth m 99_999);
  Printf.printf "List.map length %d\n" (List.length (List.map succ l));
  Printf.printf "fold_right %d\n" (List.fold_right ( + ) l 0);
  Printf.printf "append %d\n" (List.length (l @ [ 0 ]));
  Printf.printf "tree depth %d\n" (count (depth_tree 100_000));
  Printf.printf "sum 200000 = %d\n" (sum 200_000)
