(* Two tree walks suspended by an effect and stepped in lock-step (same fringe).
   Walks are lazy: a leaf is visited only when its generator is advanced. *)
open Effect
open Effect.Deep

type tree = Leaf of int | Node of tree * tree

type _ Effect.t += Next : int -> unit Effect.t

type gen = Done | More of int * (unit -> gen)

let rec walk label t =
  match t with
  | Leaf n -> Printf.printf "  %s visits %d\n" label n; perform (Next n)
  | Node (l, r) -> walk label l; walk label r

let start label t : gen =
  match_with (walk label) t
    { retc = (fun () -> Printf.printf "  %s exhausted\n" label; Done);
      exnc = raise;
      effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Next n -> Some (fun (k : (a, gen) continuation) -> More (n, fun () -> continue k ()))
        | _ -> None) }

let rec same_fringe g1 g2 steps =
  match g1, g2 with
  | Done, Done -> Printf.printf "same fringe after %d steps\n" steps
  | More (a, n1), More (b, n2) when a = b ->
    let g1' = n1 () in
    let g2' = n2 () in
    same_fringe g1' g2' (steps + 1)
  | More (a, _), More (b, _) -> Printf.printf "differ at step %d: %d <> %d\n" steps a b
  | Done, More (b, _) -> Printf.printf "first ended, second still has %d\n" b
  | More (a, _), Done -> Printf.printf "second ended, first still has %d\n" a

let compare_trees name t1 t2 =
  Printf.printf "%s:\n" name;
  let g1 = start "L" t1 in
  let g2 = start "R" t2 in
  same_fringe g1 g2 0

let () =
  let t1 = Node (Node (Leaf 1, Leaf 2), Leaf 3) in
  let t2 = Node (Leaf 1, Node (Leaf 2, Leaf 3)) in
  let t3 = Node (Leaf 1, Node (Leaf 5, Leaf 3)) in
  let t4 = Node (Leaf 1, Leaf 2) in
  compare_trees "t1 vs t2" t1 t2;
  compare_trees "t1 vs t3" t1 t3;
  compare_trees "t1 vs t4" t1 t4
