(* Hashtbl with OCaml 4.13's layout: buckets indexed by the hash masked to a power-of-two
   size, new bindings at the head of their bucket, doubling when the size passes twice the
   bucket count with each bucket's order kept, so that iteration orders are OCaml's. The
   operations take the key equality and the bucket index as functions, shared by the
   polymorphic table and the functors. *)

external seeded_hash_param : int -> int -> int -> 'a -> int = "caml_hash"
let hash x = seeded_hash_param 10 100 0 x
let seeded_hash seed x = seeded_hash_param 10 100 seed x
let hash_param n1 n2 x = seeded_hash_param n1 n2 0 x

type ('a, 'b) bucketlist = Empty | Cons of { mutable key : 'a; mutable data : 'b; mutable next : ('a, 'b) bucketlist }
type ('a, 'b) t = { mutable size : int; mutable data : ('a, 'b) bucketlist array; seed : int; mutable initial_size : int }

type statistics = { num_bindings : int; num_buckets : int; max_bucket_length : int; bucket_histogram : int array }

let randomized = ref false
let randomize () = randomized := true
let is_randomized () = !randomized
let prng = ref None
let random_seed () =
  let s = match !prng with
    | Some s -> s
    | None -> let s = Random.State.make_self_init () in prng := Some s; s in
  Random.State.bits s

let rec power_2_above x n =
  if x >= n then x else if x * 2 > Sys.max_array_length then x else power_2_above (x * 2) n
let create_seeded random initial_size =
  let s = power_2_above 16 initial_size in
  let seed = if random then random_seed () else 0 in
  { initial_size = s; size = 0; seed; data = Array.make s Empty }
let create ?(random = !randomized) initial_size = create_seeded random initial_size

let clear h =
  if h.size > 0 then begin h.size <- 0; Array.fill h.data 0 (Array.length h.data) Empty end
let reset h =
  let len = Array.length h.data in
  if len = abs h.initial_size then clear h
  else begin h.size <- 0; h.data <- Array.make (abs h.initial_size) Empty end
let length h = h.size
let is_randomized_table h = h.seed <> 0

(* Doubles the bucket array, keeping the order of each bucket's bindings. *)
let resize index h =
  let odata = h.data in
  let osize = Array.length odata in
  let nsize = osize * 2 in
  if nsize < Sys.max_array_length then begin
    let ndata = Array.make nsize Empty in
    let tails = Array.make nsize Empty in
    h.data <- ndata;
    let rec insert = function
      | Empty -> ()
      | Cons { key; data; next } ->
        let cell = Cons { key; data; next = Empty } in
        let i = index h key in
        (match tails.(i) with
         | Empty -> ndata.(i) <- cell
         | Cons tail -> tail.next <- cell);
        tails.(i) <- cell;
        insert next in
    for i = 0 to osize - 1 do insert odata.(i) done
  end

let generic_add index h key data =
  let i = index h key in
  h.data.(i) <- Cons { key; data; next = h.data.(i) };
  h.size <- h.size + 1;
  if h.size > Array.length h.data lsl 1 then resize index h

let generic_remove eq index h key =
  let i = index h key in
  let rec go prec = function
    | Empty -> ()
    | Cons { key = k; next; _ } as c ->
      if eq k key then begin
        h.size <- h.size - 1;
        match prec with Empty -> h.data.(i) <- next | Cons p -> p.next <- next
      end
      else go c next in
  go Empty h.data.(i)

let generic_find eq index h key =
  let rec go = function
    | Empty -> raise Not_found
    | Cons { key = k; data; next } -> if eq key k then data else go next in
  go h.data.(index h key)
let generic_find_opt eq index h key =
  let rec go = function
    | Empty -> None
    | Cons { key = k; data; next } -> if eq key k then Some data else go next in
  go h.data.(index h key)
let generic_find_all eq index h key =
  let rec go = function
    | Empty -> []
    | Cons { key = k; data; next } -> if eq k key then data :: go next else go next in
  go h.data.(index h key)
let generic_mem eq index h key =
  let rec go = function Empty -> false | Cons { key = k; next; _ } -> eq k key || go next in
  go h.data.(index h key)

let generic_replace eq index h key data =
  let i = index h key in
  let l = h.data.(i) in
  let rec go = function
    | Empty -> true
    | Cons slot -> if eq slot.key key then begin slot.key <- key; slot.data <- data; false end else go slot.next in
  if go l then begin
    h.data.(i) <- Cons { key; data; next = l };
    h.size <- h.size + 1;
    if h.size > Array.length h.data lsl 1 then resize index h
  end

let iter f h =
  let rec go = function Empty -> () | Cons { key; data; next } -> f key data; go next in
  let d = h.data in
  for i = 0 to Array.length d - 1 do go d.(i) done

let fold f h init =
  let rec go b acc = match b with Empty -> acc | Cons { key; data; next } -> go next (f key data acc) in
  let d = h.data in
  let acc = ref init in
  for i = 0 to Array.length d - 1 do acc := go d.(i) !acc done;
  !acc

let filter_map_inplace f h =
  let d = h.data in
  for i = 0 to Array.length d - 1 do
    let rec go prec = function
      | Empty -> (match prec with Empty -> d.(i) <- Empty | Cons c -> c.next <- Empty)
      | Cons ({ key; data; next } as c) as slot ->
        (match f key data with
         | None -> h.size <- h.size - 1; go prec next
         | Some v ->
           c.data <- v;
           (match prec with Empty -> d.(i) <- slot | Cons p -> p.next <- slot);
           go slot next) in
    go Empty d.(i)
  done

let copy h =
  let rec copy_bucket = function
    | Empty -> Empty
    | Cons { key; data; next } -> Cons { key; data; next = copy_bucket next } in
  { h with data = Array.map copy_bucket h.data }

let rec bucket_length n = function Empty -> n | Cons { next; _ } -> bucket_length (n + 1) next
let stats h =
  let mbl = Array.fold_left (fun m b -> max m (bucket_length 0 b)) 0 h.data in
  let histo = Array.make (mbl + 1) 0 in
  Array.iter (fun b -> let l = bucket_length 0 b in histo.(l) <- histo.(l) + 1) h.data;
  { num_bindings = h.size; num_buckets = Array.length h.data; max_bucket_length = mbl; bucket_histogram = histo }

let to_seq h =
  let d = h.data in
  let rec aux i buck () = match buck with
    | Empty -> if i = Array.length d then Seq.Nil else aux (i + 1) d.(i) ()
    | Cons { key; data; next } -> Seq.Cons ((key, data), aux i next) in
  aux 0 Empty
let to_seq_keys h = Seq.map fst (to_seq h)
let to_seq_values h = Seq.map snd (to_seq h)

(* The polymorphic table: structural equality and [seeded_hash]. *)
let eq a b = compare a b = 0
let key_index h key = (seeded_hash_param 10 100 h.seed key) land (Array.length h.data - 1)
let add h key data = generic_add key_index h key data
let remove h key = generic_remove eq key_index h key
let find h key = generic_find eq key_index h key
let find_opt h key = generic_find_opt eq key_index h key
let find_all h key = generic_find_all eq key_index h key
let replace h key data = generic_replace eq key_index h key data
let mem h key = generic_mem eq key_index h key
let add_seq h s = Seq.iter (fun (k, v) -> add h k v) s
let replace_seq h s = Seq.iter (fun (k, v) -> replace h k v) s
let of_seq s = let h = create 16 in replace_seq h s; h

(* Rebuilding re-inserts every binding (in a fresh table of the right size). *)
let rebuild ?(random = !randomized) h =
  let r = create_seeded random (Array.length h.data) in
  let all = fold (fun k d acc -> (k, d) :: acc) h [] in
  List.iter (fun (k, d) -> add r k d) all;
  r

module type HashedType = sig type t val equal : t -> t -> bool val hash : t -> int end
module type SeededHashedType = sig type t val equal : t -> t -> bool val hash : int -> t -> int end

module MakeSeeded (H : SeededHashedType) = struct
  type key = H.t
  type 'a hashtbl = (key, 'a) t
  type 'a t = 'a hashtbl
  let create ?random n = create ?random n
  let clear = clear
  let reset = reset
  let copy = copy
  let length = length
  let key_index h key = (H.hash h.seed key) land (Array.length h.data - 1)
  let add h key data = generic_add key_index h key data
  let remove h key = generic_remove H.equal key_index h key
  let find h key = generic_find H.equal key_index h key
  let find_opt h key = generic_find_opt H.equal key_index h key
  let find_all h key = generic_find_all H.equal key_index h key
  let replace h key data = generic_replace H.equal key_index h key data
  let mem h key = generic_mem H.equal key_index h key
  let iter = iter
  let fold = fold
  let filter_map_inplace = filter_map_inplace
  let stats = stats
  let to_seq = to_seq
  let to_seq_keys = to_seq_keys
  let to_seq_values = to_seq_values
  let add_seq h s = Seq.iter (fun (k, v) -> add h k v) s
  let replace_seq h s = Seq.iter (fun (k, v) -> replace h k v) s
  let of_seq s = let h = create 16 in replace_seq h s; h
end

module Make (H : HashedType) = struct
  type key = H.t
  type 'a hashtbl = (key, 'a) t
  type 'a t = 'a hashtbl
  let create n = create_seeded false n
  let clear = clear
  let reset = reset
  let copy = copy
  let length = length
  let key_index h key = (H.hash key) land (Array.length h.data - 1)
  let add h key data = generic_add key_index h key data
  let remove h key = generic_remove H.equal key_index h key
  let find h key = generic_find H.equal key_index h key
  let find_opt h key = generic_find_opt H.equal key_index h key
  let find_all h key = generic_find_all H.equal key_index h key
  let replace h key data = generic_replace H.equal key_index h key data
  let mem h key = generic_mem H.equal key_index h key
  let iter = iter
  let fold = fold
  let filter_map_inplace = filter_map_inplace
  let stats = stats
  let to_seq = to_seq
  let to_seq_keys = to_seq_keys
  let to_seq_values = to_seq_values
  let add_seq h s = Seq.iter (fun (k, v) -> add h k v) s
  let replace_seq h s = Seq.iter (fun (k, v) -> replace h k v) s
  let of_seq s = let h = create 16 in replace_seq h s; h
end
