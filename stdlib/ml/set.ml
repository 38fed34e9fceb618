(* Set.Make: AVL trees balanced as OCaml balances them, so that tree shapes (and the order in
   which for_all, exists, filter... call the program's functions) are OCaml's. *)

module type OrderedType = sig type t val compare : t -> t -> int end

module Make (Ord : OrderedType) = struct
  type elt = Ord.t
  type t = Empty | Node of { l : t; v : elt; r : t; h : int }

  let height = function Empty -> 0 | Node { h; _ } -> h
  let create l v r =
    let hl = height l and hr = height r in
    Node { l; v; r; h = (if hl >= hr then hl + 1 else hr + 1) }
  let singleton x = Node { l = Empty; v = x; r = Empty; h = 1 }

  let bal l v r =
    let hl = height l and hr = height r in
    if hl > hr + 2 then begin
      match l with
      | Empty -> invalid_arg "Set.bal"
      | Node { l = ll; v = lv; r = lr; _ } ->
        if height ll >= height lr then create ll lv (create lr v r)
        else begin
          match lr with
          | Empty -> invalid_arg "Set.bal"
          | Node { l = lrl; v = lrv; r = lrr; _ } -> create (create ll lv lrl) lrv (create lrr v r)
        end
    end
    else if hr > hl + 2 then begin
      match r with
      | Empty -> invalid_arg "Set.bal"
      | Node { l = rl; v = rv; r = rr; _ } ->
        if height rr >= height rl then create (create l v rl) rv rr
        else begin
          match rl with
          | Empty -> invalid_arg "Set.bal"
          | Node { l = rll; v = rlv; r = rlr; _ } -> create (create l v rll) rlv (create rlr rv rr)
        end
    end
    else Node { l; v; r; h = (if hl >= hr then hl + 1 else hr + 1) }

  let empty = Empty
  let is_empty = function Empty -> true | _ -> false

  let rec add x = function
    | Empty -> singleton x
    | Node { l; v; r; _ } as t ->
      let c = Ord.compare x v in
      if c = 0 then t
      else if c < 0 then (let ll = add x l in if l == ll then t else bal ll v r)
      else (let rr = add x r in if r == rr then t else bal l v rr)

  let rec add_min_element x = function Empty -> singleton x | Node { l; v; r; _ } -> bal (add_min_element x l) v r
  let rec add_max_element x = function Empty -> singleton x | Node { l; v; r; _ } -> bal l v (add_max_element x r)
  let rec join l v r = match l, r with
    | Empty, _ -> add_min_element v r
    | _, Empty -> add_max_element v l
    | Node { l = ll; v = lv; r = lr; h = lh }, Node { l = rl; v = rv; r = rr; h = rh } ->
      if lh > rh + 2 then bal ll lv (join lr v r)
      else if rh > lh + 2 then bal (join l v rl) rv rr
      else create l v r

  let rec min_elt = function Empty -> raise Not_found | Node { l = Empty; v; _ } -> v | Node { l; _ } -> min_elt l
  let rec min_elt_opt = function Empty -> None | Node { l = Empty; v; _ } -> Some v | Node { l; _ } -> min_elt_opt l
  let rec max_elt = function Empty -> raise Not_found | Node { r = Empty; v; _ } -> v | Node { r; _ } -> max_elt r
  let rec max_elt_opt = function Empty -> None | Node { r = Empty; v; _ } -> Some v | Node { r; _ } -> max_elt_opt r
  let choose = min_elt
  let choose_opt = min_elt_opt

  let rec remove_min_elt = function
    | Empty -> invalid_arg "Set.remove_min_elt"
    | Node { l = Empty; r; _ } -> r
    | Node { l; v; r; _ } -> bal (remove_min_elt l) v r
  let merge_close t1 t2 = match t1, t2 with
    | Empty, t | t, Empty -> t
    | _, _ -> bal t1 (min_elt t2) (remove_min_elt t2)
  let concat t1 t2 = match t1, t2 with
    | Empty, t | t, Empty -> t
    | _, _ -> join t1 (min_elt t2) (remove_min_elt t2)

  let rec split x = function
    | Empty -> (Empty, false, Empty)
    | Node { l; v; r; _ } ->
      let c = Ord.compare x v in
      if c = 0 then (l, true, r)
      else if c < 0 then (let ll, pres, rl = split x l in (ll, pres, join rl v r))
      else (let lr, pres, rr = split x r in (join l v lr, pres, rr))

  let rec mem x = function
    | Empty -> false
    | Node { l; v; r; _ } -> let c = Ord.compare x v in c = 0 || mem x (if c < 0 then l else r)

  let rec remove x = function
    | Empty -> Empty
    | Node { l; v; r; _ } as t ->
      let c = Ord.compare x v in
      if c = 0 then merge_close l r
      else if c < 0 then (let ll = remove x l in if l == ll then t else bal ll v r)
      else (let rr = remove x r in if r == rr then t else bal l v rr)

  let rec union s1 s2 = match s1, s2 with
    | Empty, t2 -> t2
    | t1, Empty -> t1
    | Node { l = l1; v = v1; r = r1; h = h1 }, Node { l = l2; v = v2; r = r2; h = h2 } ->
      if h1 >= h2 then begin
        if h2 = 1 then add v2 s1
        else (let l2, _, r2 = split v1 s2 in join (union l1 l2) v1 (union r1 r2))
      end
      else if h1 = 1 then add v1 s2
      else (let l1, _, r1 = split v2 s1 in join (union l1 l2) v2 (union r1 r2))

  let rec inter s1 s2 = match s1, s2 with
    | Empty, _ | _, Empty -> Empty
    | Node { l = l1; v = v1; r = r1; _ }, t2 ->
      (match split v1 t2 with
       | l2, false, r2 -> concat (inter l1 l2) (inter r1 r2)
       | l2, true, r2 -> join (inter l1 l2) v1 (inter r1 r2))

  let rec diff s1 s2 = match s1, s2 with
    | Empty, _ -> Empty
    | t1, Empty -> t1
    | Node { l = l1; v = v1; r = r1; _ }, t2 ->
      (match split v1 t2 with
       | l2, false, r2 -> join (diff l1 l2) v1 (diff r1 r2)
       | l2, true, r2 -> concat (diff l1 l2) (diff r1 r2))

  (* Whether [x] is in the set, and if not the parts below and above it. *)
  let rec split_absent x = function
    | Empty -> Some (Empty, Empty)
    | Node { l; v; r; _ } ->
      let c = Ord.compare x v in
      if c = 0 then None
      else if c < 0 then (match split_absent x l with None -> None | Some (ll, rl) -> Some (ll, join rl v r))
      else (match split_absent x r with None -> None | Some (lr, rr) -> Some (join l v lr, rr))
  let rec disjoint s1 s2 = match s1, s2 with
    | Empty, _ | _, Empty -> true
    | Node { l = l1; v = v1; r = r1; _ }, t2 ->
      if s1 == s2 then false
      else (match split_absent v1 t2 with None -> false | Some (l2, r2) -> disjoint l1 l2 && disjoint r1 r2)

  type enumeration = End | More of elt * t * enumeration
  let rec cons_enum s e = match s with Empty -> e | Node { l; v; r; _ } -> cons_enum l (More (v, r, e))
  let compare s1 s2 =
    let rec go e1 e2 = match e1, e2 with
      | End, End -> 0
      | End, _ -> -1
      | _, End -> 1
      | More (v1, r1, e1), More (v2, r2, e2) ->
        let c = Ord.compare v1 v2 in
        if c <> 0 then c else go (cons_enum r1 e1) (cons_enum r2 e2) in
    go (cons_enum s1 End) (cons_enum s2 End)
  let equal s1 s2 = compare s1 s2 = 0

  let rec subset s1 s2 = match s1, s2 with
    | Empty, _ -> true
    | _, Empty -> false
    | Node { l = l1; v = v1; r = r1; _ }, (Node { l = l2; v = v2; r = r2; _ } as t2) ->
      let c = Ord.compare v1 v2 in
      if c = 0 then subset l1 l2 && subset r1 r2
      else if c < 0 then subset (Node { l = l1; v = v1; r = Empty; h = 0 }) l2 && subset r1 t2
      else subset (Node { l = Empty; v = v1; r = r1; h = 0 }) r2 && subset l1 t2

  let rec iter f = function Empty -> () | Node { l; v; r; _ } -> iter f l; f v; iter f r
  let rec fold f s acc = match s with Empty -> acc | Node { l; v; r; _ } -> fold f r (f v (fold f l acc))
  let rec for_all p = function Empty -> true | Node { l; v; r; _ } -> p v && for_all p l && for_all p r
  let rec exists p = function Empty -> false | Node { l; v; r; _ } -> p v || exists p l || exists p r

  let rec filter p = function
    | Empty -> Empty
    | Node { l; v; r; _ } as t ->
      let l' = filter p l in
      let pv = p v in
      let r' = filter p r in
      if pv then (if l == l' && r == r' then t else join l' v r') else concat l' r'
  let rec partition p = function
    | Empty -> (Empty, Empty)
    | Node { l; v; r; _ } ->
      let lt, lf = partition p l in
      let pv = p v in
      let rt, rf = partition p r in
      if pv then (join lt v rt, concat lf rf) else (concat lt rt, join lf v rf)

  let rec cardinal = function Empty -> 0 | Node { l; r; _ } -> cardinal l + 1 + cardinal r
  let rec elements_aux acc = function Empty -> acc | Node { l; v; r; _ } -> elements_aux (v :: elements_aux acc r) l
  let elements s = elements_aux [] s

  (* [v] between [l] and [r] keeps the order: join; otherwise the slow way. *)
  let try_join l v r =
    if (l = Empty || Ord.compare (max_elt l) v < 0) && (r = Empty || Ord.compare v (min_elt r) < 0)
    then join l v r
    else union l (add v r)
  let try_concat t1 t2 = match t1, t2 with
    | Empty, t | t, Empty -> t
    | _, _ -> try_join t1 (min_elt t2) (remove_min_elt t2)
  let rec map f = function
    | Empty -> Empty
    | Node { l; v; r; _ } as t ->
      let l' = map f l in
      let v' = f v in
      let r' = map f r in
      if l == l' && v == v' && r == r' then t else try_join l' v' r'
  let rec filter_map f = function
    | Empty -> Empty
    | Node { l; v; r; _ } as t ->
      let l' = filter_map f l in
      let v' = f v in
      let r' = filter_map f r in
      (match v' with
       | Some v' -> if l == l' && v == v' && r == r' then t else try_join l' v' r'
       | None -> try_concat l' r')

  let rec find x = function
    | Empty -> raise Not_found
    | Node { l; v; r; _ } -> let c = Ord.compare x v in if c = 0 then v else find x (if c < 0 then l else r)
  let rec find_opt x = function
    | Empty -> None
    | Node { l; v; r; _ } -> let c = Ord.compare x v in if c = 0 then Some v else find_opt x (if c < 0 then l else r)
  let rec find_first_from v0 f = function
    | Empty -> v0
    | Node { l; v; r; _ } -> if f v then find_first_from v f l else find_first_from v0 f r
  let rec find_first f = function
    | Empty -> raise Not_found
    | Node { l; v; r; _ } -> if f v then find_first_from v f l else find_first f r
  let rec find_first_opt f = function
    | Empty -> None
    | Node { l; v; r; _ } -> if f v then Some (find_first_from v f l) else find_first_opt f r
  let rec find_last_from v0 f = function
    | Empty -> v0
    | Node { l; v; r; _ } -> if f v then find_last_from v f r else find_last_from v0 f l
  let rec find_last f = function
    | Empty -> raise Not_found
    | Node { l; v; r; _ } -> if f v then find_last_from v f r else find_last f l
  let rec find_last_opt f = function
    | Empty -> None
    | Node { l; v; r; _ } -> if f v then Some (find_last_from v f r) else find_last_opt f l

  (* A balanced tree straight from a sorted list without duplicates. *)
  let of_sorted_list l =
    let rec sub n l = match n, l with
      | 0, l -> (Empty, l)
      | 1, x0 :: l -> (singleton x0, l)
      | 2, x0 :: x1 :: l -> (Node { l = singleton x0; v = x1; r = Empty; h = 2 }, l)
      | 3, x0 :: x1 :: x2 :: l -> (Node { l = singleton x0; v = x1; r = singleton x2; h = 2 }, l)
      | n, l ->
        let nl = n / 2 in
        let left, l = sub nl l in
        (match l with
         | [] -> assert false
         | mid :: l -> let right, l = sub (n - nl - 1) l in (create left mid right, l)) in
    fst (sub (List.length l) l)
  let of_list l = match l with
    | [] -> empty
    | [ x0 ] -> singleton x0
    | [ x0; x1 ] -> add x1 (singleton x0)
    | [ x0; x1; x2 ] -> add x2 (add x1 (singleton x0))
    | [ x0; x1; x2; x3 ] -> add x3 (add x2 (add x1 (singleton x0)))
    | [ x0; x1; x2; x3; x4 ] -> add x4 (add x3 (add x2 (add x1 (singleton x0))))
    | _ -> of_sorted_list (List.sort_uniq Ord.compare l)

  let add_seq i m = Seq.fold_left (fun s x -> add x s) m i
  let of_seq i = add_seq i empty
  let rec seq_of_enum c () = match c with
    | End -> Seq.Nil
    | More (x, t, rest) -> Seq.Cons (x, seq_of_enum (cons_enum t rest))
  let to_seq s = seq_of_enum (cons_enum s End)
  let rec snoc_enum s e = match s with Empty -> e | Node { l; v; r; _ } -> snoc_enum r (More (v, l, e))
  let rec rev_seq_of_enum c () = match c with
    | End -> Seq.Nil
    | More (x, t, rest) -> Seq.Cons (x, rev_seq_of_enum (snoc_enum t rest))
  let to_rev_seq s = rev_seq_of_enum (snoc_enum s End)
  let to_seq_from low s =
    let rec aux low s c = match s with
      | Empty -> c
      | Node { l; r; v; _ } ->
        let n = Ord.compare v low in
        if n = 0 then More (v, r, c) else if n < 0 then aux low r c else aux low l (More (v, r, c)) in
    seq_of_enum (aux low s End)
end

(* The values of a set module, for first-class modules; types are not checked. *)
module type S = sig
  type elt
  type t
  val empty : 'a
  val is_empty : 'a
  val mem : 'a
  val add : 'a
  val singleton : 'a
  val remove : 'a
  val union : 'a
  val inter : 'a
  val disjoint : 'a
  val diff : 'a
  val compare : 'a
  val equal : 'a
  val subset : 'a
  val iter : 'a
  val map : 'a
  val fold : 'a
  val for_all : 'a
  val exists : 'a
  val filter : 'a
  val filter_map : 'a
  val partition : 'a
  val cardinal : 'a
  val elements : 'a
  val min_elt : 'a
  val min_elt_opt : 'a
  val max_elt : 'a
  val max_elt_opt : 'a
  val choose : 'a
  val choose_opt : 'a
  val split : 'a
  val find : 'a
  val find_opt : 'a
  val find_first : 'a
  val find_first_opt : 'a
  val find_last : 'a
  val find_last_opt : 'a
  val of_list : 'a
  val to_seq_from : 'a
  val to_seq : 'a
  val to_rev_seq : 'a
  val add_seq : 'a
  val of_seq : 'a
end
