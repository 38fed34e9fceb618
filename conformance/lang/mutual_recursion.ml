let rec is_even n = if n = 0 then true else is_odd (n - 1)
and is_odd n = if n = 0 then false else is_even (n - 1)

type tree = Node of string * forest
and forest = Empty | Cons of tree * forest

let rec count_tree (Node (_, f)) = 1 + count_forest f
and count_forest = function Empty -> 0 | Cons (t, f) -> count_tree t + count_forest f

let rec show_tree (Node (name, f)) = match f with Empty -> name | _ -> name ^ "(" ^ show_forest f ^ ")"
and show_forest = function
  | Empty -> ""
  | Cons (t, Empty) -> show_tree t
  | Cons (t, f) -> show_tree t ^ " " ^ show_forest f

let rec ping n = if n > 0 then (Printf.printf "ping %d\n" n; pong (n - 1))
and pong n = if n > 0 then (Printf.printf "pong %d\n" n; ping (n - 1))

let () =
  List.iter (fun n -> Printf.printf "%d even=%b odd=%b\n" n (is_even n) (is_odd n)) [ 0; 1; 10; 7 ];
  Printf.printf "%b\n" (is_even 1_000_000);
  let leaf n = Node (n, Empty) in
  let t = Node ("root", Cons (leaf "a", Cons (Node ("b", Cons (leaf "c", Cons (leaf "d", Empty))), Empty))) in
  Printf.printf "%d nodes: %s\n" (count_tree t) (show_tree t);
  ping 5
