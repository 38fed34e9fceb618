(* List, with OCaml 4.13's names, argument orders and exceptions. Where OCaml calls the
   program's functions (map, init, sorts...), it is in OCaml's order, which programs can see. *)

type 'a t = 'a list

let rec length_aux len = function [] -> len | _ :: l -> length_aux (len + 1) l
let length l = length_aux 0 l
let rec compare_lengths l1 l2 = match l1, l2 with
  | [], [] -> 0
  | [], _ -> -1
  | _, [] -> 1
  | _ :: l1, _ :: l2 -> compare_lengths l1 l2
let rec compare_length_with l n = match l with
  | [] -> if n = 0 then 0 else if n > 0 then -1 else 1
  | _ :: l -> if n <= 0 then 1 else compare_length_with l (n - 1)
let cons a l = a :: l
let hd = function [] -> failwith "hd" | a :: _ -> a
let tl = function [] -> failwith "tl" | _ :: l -> l
let nth l n =
  if n < 0 then invalid_arg "List.nth" else
  let rec go l n = match l with [] -> failwith "nth" | a :: l -> if n = 0 then a else go l (n - 1) in
  go l n
let nth_opt l n =
  if n < 0 then invalid_arg "List.nth" else
  let rec go l n = match l with [] -> None | a :: l -> if n = 0 then Some a else go l (n - 1) in
  go l n
let append = ( @ )
let rec rev_append l1 l2 = match l1 with [] -> l2 | a :: l -> rev_append l (a :: l2)
let rev l = rev_append l []

let init len f =
  if len < 0 then invalid_arg "List.init"
  else begin
    (* Built backwards, so that long lists need no deep recursion; [f] still runs 0 first. *)
    let rec go acc i = if i >= len then rev acc else go (f i :: acc) (i + 1) in
    go [] 0
  end

let rec flatten = function [] -> [] | l :: r -> l @ flatten r
let concat = flatten

let rec map f = function [] -> [] | a :: l -> let r = f a in r :: map f l
let mapi f l =
  let rec go i = function [] -> [] | a :: l -> let r = f i a in r :: go (i + 1) l in
  go 0 l
let rev_map f l =
  let rec go acc = function [] -> acc | a :: l -> go (f a :: acc) l in
  go [] l
let rec iter f = function [] -> () | a :: l -> f a; iter f l
let iteri f l =
  let rec go i = function [] -> () | a :: l -> f i a; go (i + 1) l in
  go 0 l
let rec fold_left f accu l = match l with [] -> accu | a :: l -> fold_left f (f accu a) l
let rec fold_right f l accu = match l with [] -> accu | a :: l -> f a (fold_right f l accu)
let fold_left_map f accu l =
  let rec go accu acc_l = function
    | [] -> (accu, rev acc_l)
    | x :: l -> let accu, x = f accu x in go accu (x :: acc_l) l in
  go accu [] l

let rec map2 f l1 l2 = match l1, l2 with
  | [], [] -> []
  | a1 :: l1, a2 :: l2 -> let r = f a1 a2 in r :: map2 f l1 l2
  | _, _ -> invalid_arg "List.map2"
let rev_map2 f l1 l2 =
  let rec go acc l1 l2 = match l1, l2 with
    | [], [] -> acc
    | a1 :: l1, a2 :: l2 -> go (f a1 a2 :: acc) l1 l2
    | _, _ -> invalid_arg "List.rev_map2" in
  go [] l1 l2
let rec iter2 f l1 l2 = match l1, l2 with
  | [], [] -> ()
  | a1 :: l1, a2 :: l2 -> f a1 a2; iter2 f l1 l2
  | _, _ -> invalid_arg "List.iter2"
let rec fold_left2 f accu l1 l2 = match l1, l2 with
  | [], [] -> accu
  | a1 :: l1, a2 :: l2 -> fold_left2 f (f accu a1 a2) l1 l2
  | _, _ -> invalid_arg "List.fold_left2"
let rec fold_right2 f l1 l2 accu = match l1, l2 with
  | [], [] -> accu
  | a1 :: l1, a2 :: l2 -> f a1 a2 (fold_right2 f l1 l2 accu)
  | _, _ -> invalid_arg "List.fold_right2"

let rec for_all p = function [] -> true | a :: l -> p a && for_all p l
let rec exists p = function [] -> false | a :: l -> p a || exists p l
let rec for_all2 p l1 l2 = match l1, l2 with
  | [], [] -> true
  | a1 :: l1, a2 :: l2 -> p a1 a2 && for_all2 p l1 l2
  | _, _ -> invalid_arg "List.for_all2"
let rec exists2 p l1 l2 = match l1, l2 with
  | [], [] -> false
  | a1 :: l1, a2 :: l2 -> p a1 a2 || exists2 p l1 l2
  | _, _ -> invalid_arg "List.exists2"
let rec mem x = function [] -> false | a :: l -> compare a x = 0 || mem x l
let rec memq x = function [] -> false | a :: l -> a == x || memq x l

let rec assoc x = function [] -> raise Not_found | (a, b) :: l -> if compare a x = 0 then b else assoc x l
let rec assoc_opt x = function [] -> None | (a, b) :: l -> if compare a x = 0 then Some b else assoc_opt x l
let rec assq x = function [] -> raise Not_found | (a, b) :: l -> if a == x then b else assq x l
let rec assq_opt x = function [] -> None | (a, b) :: l -> if a == x then Some b else assq_opt x l
let rec mem_assoc x = function [] -> false | (a, _) :: l -> compare a x = 0 || mem_assoc x l
let rec mem_assq x = function [] -> false | (a, _) :: l -> a == x || mem_assq x l
let rec remove_assoc x = function
  | [] -> []
  | ((a, _) as pair) :: l -> if compare a x = 0 then l else pair :: remove_assoc x l
let rec remove_assq x = function
  | [] -> []
  | ((a, _) as pair) :: l -> if a == x then l else pair :: remove_assq x l

let rec find p = function [] -> raise Not_found | x :: l -> if p x then x else find p l
let rec find_opt p = function [] -> None | x :: l -> if p x then Some x else find_opt p l
let rec find_map f = function [] -> None | x :: l -> (match f x with Some _ as r -> r | None -> find_map f l)
let find_all p l =
  let rec go acc = function [] -> rev acc | x :: l -> if p x then go (x :: acc) l else go acc l in
  go [] l
let filter = find_all
let filteri p l =
  let rec go i acc = function [] -> rev acc | x :: l -> go (i + 1) (if p i x then x :: acc else acc) l in
  go 0 [] l
let filter_map f l =
  let rec go acc = function
    | [] -> rev acc
    | x :: l -> (match f x with None -> go acc l | Some v -> go (v :: acc) l) in
  go [] l
let concat_map f l =
  let rec go acc = function [] -> rev acc | x :: l -> let xs = f x in go (rev_append xs acc) l in
  go [] l
let partition p l =
  let rec go yes no = function
    | [] -> (rev yes, rev no)
    | x :: l -> if p x then go (x :: yes) no l else go yes (x :: no) l in
  go [] [] l
let partition_map p l =
  let rec go left right = function
    | [] -> (rev left, rev right)
    | x :: l ->
      (match p x with
       | Either.Left v -> go (v :: left) right l
       | Either.Right v -> go left (v :: right) l) in
  go [] [] l

let rec split = function
  | [] -> ([], [])
  | (x, y) :: l -> let (rx, ry) = split l in (x :: rx, y :: ry)
let rec combine l1 l2 = match l1, l2 with
  | [], [] -> []
  | a1 :: l1, a2 :: l2 -> (a1, a2) :: combine l1 l2
  | _, _ -> invalid_arg "List.combine"

let rec merge cmp l1 l2 = match l1, l2 with
  | [], l2 -> l2
  | l1, [] -> l1
  | h1 :: t1, h2 :: t2 -> if cmp h1 h2 <= 0 then h1 :: merge cmp t1 l2 else h2 :: merge cmp l1 t2

(* OCaml's merge sort, whose sequence of comparisons programs can observe: runs of 2 and 3
   are sorted directly; longer ones split in halves (the first half the shorter), sorted in
   the opposite direction and merged backwards, which keeps the sort stable. [up] says whether
   the result is ascending. *)
let stable_sort cmp l =
  let before up a b = if up then cmp a b <= 0 else cmp a b > 0 in
  let rec merge_rev up l1 l2 acc = match l1, l2 with
    | [], l2 -> rev_append l2 acc
    | l1, [] -> rev_append l1 acc
    | h1 :: t1, h2 :: t2 ->
      if before up h1 h2 then merge_rev up t1 l2 (h1 :: acc) else merge_rev up l1 t2 (h2 :: acc) in
  let rec sort up n l = match n, l with
    | 2, x1 :: x2 :: tl -> ((if before up x1 x2 then [ x1; x2 ] else [ x2; x1 ]), tl)
    | 3, x1 :: x2 :: x3 :: tl ->
      let s =
        if before up x1 x2 then begin
          if before up x2 x3 then [ x1; x2; x3 ]
          else if before up x1 x3 then [ x1; x3; x2 ]
          else [ x3; x1; x2 ]
        end
        else if before up x1 x3 then [ x2; x1; x3 ]
        else if before up x2 x3 then [ x2; x3; x1 ]
        else [ x3; x2; x1 ] in
      (s, tl)
    | n, l ->
      let n1 = n asr 1 in
      let s1, l2 = sort (not up) n1 l in
      let s2, tl = sort (not up) (n - n1) l2 in
      (* Merging two runs of the opposite order backwards gives this order. *)
      (merge_rev (not up) s1 s2 [], tl) in
  let len = length l in
  if len < 2 then l else fst (sort true len l)
let sort = stable_sort
let fast_sort = stable_sort

(* The same sort, dropping elements equal to one already kept. *)
let sort_uniq cmp l =
  let order up a b = let c = cmp a b in if up then c else - c in
  let rec merge_rev up l1 l2 acc = match l1, l2 with
    | [], l2 -> rev_append l2 acc
    | l1, [] -> rev_append l1 acc
    | h1 :: t1, h2 :: t2 ->
      let c = order up h1 h2 in
      if c = 0 then merge_rev up t1 t2 (h1 :: acc)
      else if c < 0 then merge_rev up t1 l2 (h1 :: acc)
      else merge_rev up l1 t2 (h2 :: acc) in
  let rec sort up n l = match n, l with
    | 2, x1 :: x2 :: tl ->
      let c = order up x1 x2 in
      ((if c = 0 then [ x1 ] else if c < 0 then [ x1; x2 ] else [ x2; x1 ]), tl)
    | 3, x1 :: x2 :: x3 :: tl ->
      let c = order up x1 x2 in
      let s =
        if c = 0 then begin
          let c = order up x2 x3 in
          if c = 0 then [ x2 ] else if c < 0 then [ x2; x3 ] else [ x3; x2 ]
        end
        else if c < 0 then begin
          let c = order up x2 x3 in
          if c = 0 then [ x1; x2 ]
          else if c < 0 then [ x1; x2; x3 ]
          else begin
            let c = order up x1 x3 in
            if c = 0 then [ x1; x2 ] else if c < 0 then [ x1; x3; x2 ] else [ x3; x1; x2 ]
          end
        end
        else begin
          let c = order up x1 x3 in
          if c = 0 then [ x2; x1 ]
          else if c < 0 then [ x2; x1; x3 ]
          else begin
            let c = order up x2 x3 in
            if c = 0 then [ x2; x1 ] else if c < 0 then [ x2; x3; x1 ] else [ x3; x2; x1 ]
          end
        end in
      (s, tl)
    | n, l ->
      let n1 = n asr 1 in
      let s1, l2 = sort (not up) n1 l in
      let s2, tl = sort (not up) (n - n1) l2 in
      (merge_rev (not up) s1 s2 [], tl) in
  let len = length l in
  if len < 2 then l else fst (sort true len l)

let rec equal eq l1 l2 = match l1, l2 with
  | [], [] -> true
  | [], _ :: _ | _ :: _, [] -> false
  | a1 :: l1, a2 :: l2 -> eq a1 a2 && equal eq l1 l2
let rec compare cmp l1 l2 = match l1, l2 with
  | [], [] -> 0
  | [], _ :: _ -> -1
  | _ :: _, [] -> 1
  | a1 :: l1, a2 :: l2 -> let c = cmp a1 a2 in if c <> 0 then c else compare cmp l1 l2

let to_seq l =
  let rec aux l () = match l with [] -> Seq.Nil | x :: tail -> Seq.Cons (x, aux tail) in
  aux l
let of_seq seq = rev (Seq.fold_left (fun acc x -> x :: acc) [] seq)
