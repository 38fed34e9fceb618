(* List, with OCaml 4.13's names, argument orders and exceptions. *)

let rec length_aux len = function [] -> len | _ :: l -> length_aux (len + 1) l
let length l = length_aux 0 l
let cons a l = a :: l
let hd = function [] -> failwith "hd" | a :: _ -> a
let tl = function [] -> failwith "tl" | _ :: l -> l
let nth l n =
  if n < 0 then invalid_arg "List.nth" else
  let rec nth_aux l n = match l with
    | [] -> failwith "nth"
    | a :: l -> if n = 0 then a else nth_aux l (n - 1) in
  nth_aux l n
let nth_opt l n =
  if n < 0 then invalid_arg "List.nth" else
  let rec nth_aux l n = match l with
    | [] -> None
    | a :: l -> if n = 0 then Some a else nth_aux l (n - 1) in
  nth_aux l n
let append = ( @ )
let rec rev_append l1 l2 = match l1 with [] -> l2 | a :: l -> rev_append l (a :: l2)
let rev l = rev_append l []
let rec init_aux i n f = if i >= n then [] else let r = f i in r :: init_aux (i + 1) n f
let init len f = if len < 0 then invalid_arg "List.init" else init_aux 0 len f
let rec flatten = function [] -> [] | l :: r -> l @ flatten r
let concat = flatten
let rec map f = function [] -> [] | a :: l -> let r = f a in r :: map f l
let rec mapi_aux i f = function [] -> [] | a :: l -> let r = f i a in r :: mapi_aux (i + 1) f l
let mapi f l = mapi_aux 0 f l
let rev_map f l =
  let rec rmap_f accu = function [] -> accu | a :: l -> rmap_f (f a :: accu) l in
  rmap_f [] l
let rec iter f = function [] -> () | a :: l -> f a; iter f l
let rec iteri_aux i f = function [] -> () | a :: l -> f i a; iteri_aux (i + 1) f l
let iteri f l = iteri_aux 0 f l
let rec fold_left f accu l = match l with [] -> accu | a :: l -> fold_left f (f accu a) l
let rec fold_right f l accu = match l with [] -> accu | a :: l -> f a (fold_right f l accu)
let rec map2 f l1 l2 = match (l1, l2) with
  | ([], []) -> []
  | (a1 :: l1, a2 :: l2) -> let r = f a1 a2 in r :: map2 f l1 l2
  | (_, _) -> invalid_arg "List.map2"
let rec iter2 f l1 l2 = match (l1, l2) with
  | ([], []) -> ()
  | (a1 :: l1, a2 :: l2) -> f a1 a2; iter2 f l1 l2
  | (_, _) -> invalid_arg "List.iter2"
let rec fold_left2 f accu l1 l2 = match (l1, l2) with
  | ([], []) -> accu
  | (a1 :: l1, a2 :: l2) -> fold_left2 f (f accu a1 a2) l1 l2
  | (_, _) -> invalid_arg "List.fold_left2"
let rec for_all p = function [] -> true | a :: l -> p a && for_all p l
let rec exists p = function [] -> false | a :: l -> p a || exists p l
let rec mem x = function [] -> false | a :: l -> compare a x = 0 || mem x l
let rec memq x = function [] -> false | a :: l -> a == x || memq x l
let rec assoc x = function [] -> raise Not_found | (a, b) :: l -> if compare a x = 0 then b else assoc x l
let rec assoc_opt x = function [] -> None | (a, b) :: l -> if compare a x = 0 then Some b else assoc_opt x l
let rec mem_assoc x = function [] -> false | (a, _) :: l -> compare a x = 0 || mem_assoc x l
let rec remove_assoc x = function
  | [] -> []
  | (a, _ as pair) :: l -> if compare a x = 0 then l else pair :: remove_assoc x l
let rec find p = function [] -> raise Not_found | x :: l -> if p x then x else find p l
let rec find_opt p = function [] -> None | x :: l -> if p x then Some x else find_opt p l
let rec find_map f = function [] -> None | x :: l -> (match f x with Some _ as r -> r | None -> find_map f l)
let find_all p l =
  let rec find accu = function [] -> rev accu | x :: l -> if p x then find (x :: accu) l else find accu l in
  find [] l
let filter = find_all
let filteri p l =
  let rec aux i acc = function [] -> rev acc | x :: l -> aux (i + 1) (if p i x then x :: acc else acc) l in
  aux 0 [] l
let filter_map f l =
  let rec aux accu = function
    | [] -> rev accu
    | x :: l -> (match f x with None -> aux accu l | Some v -> aux (v :: accu) l) in
  aux [] l
let concat_map f l =
  let rec aux f acc = function [] -> rev acc | x :: l -> aux f (rev_append (f x) acc) l in
  aux f [] l
let partition p l =
  let rec part yes no = function
    | [] -> (rev yes, rev no)
    | x :: l -> if p x then part (x :: yes) no l else part yes (x :: no) l in
  part [] [] l
let rec split = function [] -> ([], []) | (x, y) :: l -> let (rx, ry) = split l in (x :: rx, y :: ry)
let rec combine l1 l2 = match (l1, l2) with
  | ([], []) -> []
  | (a1 :: l1, a2 :: l2) -> (a1, a2) :: combine l1 l2
  | (_, _) -> invalid_arg "List.combine"
let rec merge cmp l1 l2 = match l1, l2 with
  | [], l2 -> l2
  | l1, [] -> l1
  | h1 :: t1, h2 :: t2 -> if cmp h1 h2 <= 0 then h1 :: merge cmp t1 l2 else h2 :: merge cmp l1 t2
let rec chop k l = if k = 0 then l else match l with _ :: t -> chop (k - 1) t | [] -> assert false
let stable_sort cmp l =
  let rec sort n l =
    if n <= 1 then (match l with x :: _ -> [x] | [] -> [])
    else
      let n1 = n asr 1 in
      let n2 = n - n1 in
      let l2 = chop n1 l in
      merge cmp (sort n1 l) (sort n2 l2) in
  let len = length l in
  if len < 2 then l else sort len l
let sort = stable_sort
let fast_sort = stable_sort
let sort_uniq cmp l =
  let rec uniq = function
    | x :: (y :: _ as t) -> if cmp x y = 0 then uniq t else x :: uniq t
    | l -> l in
  uniq (stable_sort cmp l)
let rec compare_lengths l1 l2 = match l1, l2 with
  | [], [] -> 0 | [], _ -> -1 | _, [] -> 1 | _ :: l1, _ :: l2 -> compare_lengths l1 l2
let rec equal eq l1 l2 = match l1, l2 with
  | [], [] -> true
  | [], _ :: _ | _ :: _, [] -> false
  | a1 :: l1, a2 :: l2 -> eq a1 a2 && equal eq l1 l2
let rec compare cmp l1 l2 = match l1, l2 with
  | [], [] -> 0 | [], _ :: _ -> -1 | _ :: _, [] -> 1
  | a1 :: l1, a2 :: l2 -> let c = cmp a1 a2 in if c <> 0 then c else compare cmp l1 l2
