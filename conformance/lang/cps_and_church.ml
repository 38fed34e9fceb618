let rec fact_cps n k = if n = 0 then k 1 else fact_cps (n - 1) (fun r -> k (n * r))

let rec sum_tree_cps t k =
  match t with
  | `Leaf v -> k v
  | `Node (l, r) -> sum_tree_cps l (fun a -> sum_tree_cps r (fun b -> k (a + b)))

let zero _f x = x
let succ_c n f x = f (n f x)
let add m n f x = m f (n f x)
let mul m n f = m (n f)
let to_int n = n (fun x -> x + 1) 0

let () =
  Printf.printf "%d\n" (fact_cps 10 Fun.id);
  fact_cps 5 (Printf.printf "5! = %d\n");
  let t = `Node (`Node (`Leaf 1, `Leaf 2), `Node (`Leaf 3, `Node (`Leaf 4, `Leaf 5))) in
  sum_tree_cps t (Printf.printf "tree sum %d\n");
  let one = succ_c zero in
  let two = succ_c one in
  let three = add one two in
  Printf.printf "church: %d %d %d %d\n" (to_int zero) (to_int two) (to_int three) (to_int (mul three three));
  let big = fact_cps 20 Fun.id in
  Printf.printf "%d\n" big;
  Printf.printf "%d\n" (sum_tree_cps (`Leaf 7) (fun x -> x * 2))
