(* Set.Make: sets as maps to unit, in the elements' order. *)

module Make (Ord : sig type t val compare : t -> t -> int end) = struct
  module M = Map.Make (Ord)
  type elt = Ord.t
  type t = unit M.t
  let empty = M.empty
  let is_empty = M.is_empty
  let add x s = M.add x () s
  let singleton x = M.singleton x ()
  let mem = M.mem
  let remove = M.remove
  let cardinal = M.cardinal
  let elements s = List.map fst (M.bindings s)
  let iter f s = M.iter (fun k () -> f k) s
  let fold f s acc = M.fold (fun k () acc -> f k acc) s acc
  let for_all p s = M.for_all (fun k () -> p k) s
  let exists p s = M.exists (fun k () -> p k) s
  let filter p s = M.filter (fun k () -> p k) s
  let partition p s = M.partition (fun k () -> p k) s
  let min_elt s = fst (M.min_binding s)
  let min_elt_opt s = Option.map fst (M.min_binding_opt s)
  let max_elt s = fst (M.max_binding s)
  let max_elt_opt s = Option.map fst (M.max_binding_opt s)
  let choose = min_elt
  let choose_opt = min_elt_opt
  let union a b = fold add a b
  let inter a b = filter (fun x -> mem x b) a
  let diff a b = filter (fun x -> not (mem x b)) a
  let subset a b = for_all (fun x -> mem x b) a
  let equal a b = List.equal (fun x y -> Ord.compare x y = 0) (elements a) (elements b)
  let compare a b = List.compare Ord.compare (elements a) (elements b)
  let map f s = fold (fun x acc -> add (f x) acc) s empty
  let of_list l = List.fold_left (fun acc x -> add x acc) empty l
  let to_list = elements
  let find x s = if mem x s then List.find (fun y -> Ord.compare x y = 0) (elements s) else raise Not_found
  let find_opt x s = try Some (find x s) with Not_found -> None
end
