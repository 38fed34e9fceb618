module type ORDERED = sig type t val compare : t -> t -> int end
module type HEAP = sig
  type elt
  type t
  val empty : t
  val insert : elt -> t -> t
  val pop : t -> (elt * t) option
end
module Heap (O : ORDERED) : HEAP with type elt = O.t = struct
  type elt = O.t
  type t = E | N of int * elt * t * t
  let empty = E
  let rank = function E -> 0 | N (r, _, _, _) -> r
  let make x a b = if rank a >= rank b then N (rank b + 1, x, a, b) else N (rank a + 1, x, b, a)
  let rec merge h1 h2 = match h1, h2 with
    | E, h | h, E -> h
    | N (_, x, a1, b1), N (_, y, a2, b2) ->
      if O.compare x y <= 0 then make x a1 (merge b1 h2) else make y a2 (merge h1 b2)
  let insert x h = merge (N (1, x, E, E)) h
  let pop = function E -> None | N (_, x, a, b) -> Some (x, merge a b)
end
module IH = Heap (Int)
type 'a nested = Flat of 'a | Nest of 'a list nested
let rec depth : 'a. 'a nested -> int = function Flat _ -> 0 | Nest n -> 1 + depth n
let id_weak = ref []
let pair_map (type a b) (f : a -> b) ((x, y) : a * a) : b * b = (f x, f y)
let rec sum_tree : type a. (a -> int) -> a list list -> int = fun f l -> List.fold_left (fun acc x -> acc + List.fold_left (fun a y -> a + f y) 0 x) 0 l
let compose ?(log = false) f g x = if log then print_endline "compose"; f (g x)
class type named = object method name : string end
let greet (x : #named) = "hi " ^ x#name
let () =
  let h = List.fold_left (fun h x -> IH.insert x h) IH.empty [ 5; 1; 4; 2 ] in
  let rec drain h = match IH.pop h with None -> [] | Some (x, h) -> x :: drain h in
  print_endline (String.concat " " (List.map string_of_int (drain h)));
  Printf.printf "%d\n" (depth (Nest (Nest (Flat [ [ 1 ] ]))));
  id_weak := [ 1 ];
  let a, b = pair_map string_of_int (1, 2) in
  print_endline (a ^ b);
  Printf.printf "%d\n" (sum_tree String.length [ [ "ab"; "c" ]; [ "def" ] ]);
  Printf.printf "%d\n" (compose ~log:true succ succ 1);
  Printf.printf "%d\n" (compose succ (fun x -> x * 2) 5);
  print_endline (greet (object method name = "bob" method age = 3 end));
  let module M = struct type t = { mutable n : int } let bump r = r.n <- r.n + 1 end in
  let r = { M.n = 1 } in
  M.bump r;
  Printf.printf "%d\n" r.M.n
