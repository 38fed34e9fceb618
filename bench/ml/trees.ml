(* Allocation-heavy: build and walk complete binary trees. *)
type tree = Leaf | Node of tree * int * tree
let rec make d = if d = 0 then Leaf else Node (make (d - 1), d, make (d - 1))
let rec sum = function Leaf -> 0 | Node (l, v, r) -> sum l + v + sum r
let () =
  let total = ref 0 in
  for _ = 1 to 80 do total := !total + sum (make 16) done;
  print_int !total; print_newline ()
