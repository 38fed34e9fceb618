(* Map.Make: AVL trees ordered by the key's compare (any balanced tree iterates in OCaml's
   order, which is the keys' order). *)

module Make (Ord : sig type t val compare : t -> t -> int end) = struct
  type key = Ord.t
  type 'a t = Empty | Node of { l : 'a t; v : key; d : 'a; r : 'a t; h : int }

  let height = function Empty -> 0 | Node { h; _ } -> h
  let create l x d r =
    let hl = height l and hr = height r in
    Node { l; v = x; d; r; h = (if hl >= hr then hl + 1 else hr + 1) }
  let bal l x d r =
    let hl = height l and hr = height r in
    if hl > hr + 2 then begin
      match l with
      | Node { l = ll; v = lv; d = ld; r = lr; _ } ->
        if height ll >= height lr then create ll lv ld (create lr x d r)
        else (match lr with
          | Node { l = lrl; v = lrv; d = lrd; r = lrr; _ } -> create (create ll lv ld lrl) lrv lrd (create lrr x d r)
          | Empty -> invalid_arg "Map.bal")
      | Empty -> invalid_arg "Map.bal"
    end else if hr > hl + 2 then begin
      match r with
      | Node { l = rl; v = rv; d = rd; r = rr; _ } ->
        if height rr >= height rl then create (create l x d rl) rv rd rr
        else (match rl with
          | Node { l = rll; v = rlv; d = rld; r = rlr; _ } -> create (create l x d rll) rlv rld (create rlr rv rd rr)
          | Empty -> invalid_arg "Map.bal")
      | Empty -> invalid_arg "Map.bal"
    end else create l x d r

  let empty = Empty
  let is_empty = function Empty -> true | _ -> false
  let rec add x data = function
    | Empty -> Node { l = Empty; v = x; d = data; r = Empty; h = 1 }
    | Node { l; v; d; r; h } ->
      let c = Ord.compare x v in
      if c = 0 then Node { l; v = x; d = data; r; h }
      else if c < 0 then bal (add x data l) v d r
      else bal l v d (add x data r)
  let singleton x d = add x d Empty
  let rec find x = function
    | Empty -> raise Not_found
    | Node { l; v; d; r; _ } -> let c = Ord.compare x v in if c = 0 then d else find x (if c < 0 then l else r)
  let find_opt x m = try Some (find x m) with Not_found -> None
  let rec mem x = function
    | Empty -> false
    | Node { l; v; r; _ } -> let c = Ord.compare x v in c = 0 || mem x (if c < 0 then l else r)
  let rec min_binding = function
    | Empty -> raise Not_found
    | Node { l = Empty; v; d; _ } -> (v, d)
    | Node { l; _ } -> min_binding l
  let min_binding_opt m = try Some (min_binding m) with Not_found -> None
  let rec max_binding = function
    | Empty -> raise Not_found
    | Node { r = Empty; v; d; _ } -> (v, d)
    | Node { r; _ } -> max_binding r
  let max_binding_opt m = try Some (max_binding m) with Not_found -> None
  let rec remove_min = function
    | Empty -> invalid_arg "Map.remove_min_elt"
    | Node { l = Empty; r; _ } -> r
    | Node { l; v; d; r; _ } -> bal (remove_min l) v d r
  let merge_trees t1 t2 = match t1, t2 with
    | Empty, t | t, Empty -> t
    | _ -> let (x, d) = min_binding t2 in bal t1 x d (remove_min t2)
  let rec remove x = function
    | Empty -> Empty
    | Node { l; v; d; r; _ } ->
      let c = Ord.compare x v in
      if c = 0 then merge_trees l r else if c < 0 then bal (remove x l) v d r else bal l v d (remove x r)
  let update x f m =
    match f (find_opt x m) with None -> remove x m | Some d -> add x d m
  let rec iter f = function Empty -> () | Node { l; v; d; r; _ } -> iter f l; f v d; iter f r
  let rec map f = function Empty -> Empty | Node { l; v; d; r; h } -> let l' = map f l in let d' = f d in Node { l = l'; v; d = d'; r = map f r; h }
  let rec mapi f = function Empty -> Empty | Node { l; v; d; r; h } -> let l' = mapi f l in let d' = f v d in Node { l = l'; v; d = d'; r = mapi f r; h }
  let rec fold f m acc = match m with Empty -> acc | Node { l; v; d; r; _ } -> fold f r (f v d (fold f l acc))
  let rec for_all p = function Empty -> true | Node { l; v; d; r; _ } -> p v d && for_all p l && for_all p r
  let rec exists p = function Empty -> false | Node { l; v; d; r; _ } -> p v d || exists p l || exists p r
  let filter p m = fold (fun k d acc -> if p k d then add k d acc else acc) m Empty
  let filter_map f m = fold (fun k d acc -> match f k d with Some d' -> add k d' acc | None -> acc) m Empty
  let partition p m = fold (fun k d (yes, no) -> if p k d then (add k d yes, no) else (yes, add k d no)) m (Empty, Empty)
  let rec cardinal = function Empty -> 0 | Node { l; r; _ } -> cardinal l + 1 + cardinal r
  let bindings m = fold (fun k d acc -> (k, d) :: acc) m [] |> List.rev
  let choose = min_binding
  let choose_opt = min_binding_opt
  let find_first f m = match List.find_opt (fun (k, _) -> f k) (bindings m) with Some b -> b | None -> raise Not_found
  let find_first_opt f m = List.find_opt (fun (k, _) -> f k) (bindings m)
  let find_last f m = match List.find_opt (fun (k, _) -> f k) (List.rev (bindings m)) with Some b -> b | None -> raise Not_found
  let find_last_opt f m = List.find_opt (fun (k, _) -> f k) (List.rev (bindings m))
  let union f m1 m2 = fold (fun k d acc -> match find_opt k acc with
    | None -> add k d acc
    | Some d0 -> (match f k d d0 with Some v -> add k v acc | None -> remove k acc)) m1 m2
  let merge f m1 m2 =
    let keys = List.sort_uniq Ord.compare (List.map fst (bindings m1) @ List.map fst (bindings m2)) in
    List.fold_left (fun acc k -> match f k (find_opt k m1) (find_opt k m2) with Some v -> add k v acc | None -> acc) Empty keys
  let compare cmp m1 m2 = List.compare (fun (k1, d1) (k2, d2) -> let c = Ord.compare k1 k2 in if c <> 0 then c else cmp d1 d2) (bindings m1) (bindings m2)
  let equal eq m1 m2 = List.equal (fun (k1, d1) (k2, d2) -> Ord.compare k1 k2 = 0 && eq d1 d2) (bindings m1) (bindings m2)
  let of_list l = List.fold_left (fun acc (k, d) -> add k d acc) Empty l
  let to_list = bindings
end
