(* Hashtbl with OCaml 4.13's layout: buckets indexed by [caml_hash] masked to a power-of-two
   size, new bindings at the head of their bucket, doubling when the size passes twice the
   bucket count with the buckets' order kept, so that iteration orders are OCaml's. *)

external seeded_hash_param : int -> int -> int -> 'a -> int = "caml_hash"
let hash x = seeded_hash_param 10 100 0 x
let seeded_hash seed x = seeded_hash_param 10 100 seed x
let hash_param n1 n2 x = seeded_hash_param n1 n2 0 x

type ('a, 'b) bucketlist = Empty | Cons of { mutable key : 'a; mutable data : 'b; mutable next : ('a, 'b) bucketlist }
type ('a, 'b) t = { mutable size : int; mutable data : ('a, 'b) bucketlist array; seed : int; mutable initial_size : int }

let rec power_2_above x n = if x >= n then x else if x * 2 > 18014398509481983 then x else power_2_above (x * 2) n
let create ?(random = false) initial_size =
  let _ = random in
  let s = power_2_above 16 initial_size in
  { initial_size = s; size = 0; seed = 0; data = Array.make s Empty }

let clear h = if h.size > 0 then begin h.size <- 0; Array.fill h.data 0 (Array.length h.data) Empty end
let reset h =
  let len = Array.length h.data in
  if len = abs h.initial_size then clear h
  else begin h.size <- 0; h.data <- Array.make (abs h.initial_size) Empty end
let length h = h.size
let key_index h key = (seeded_hash_param 10 100 h.seed key) land (Array.length h.data - 1)

let resize indexfun h =
  let odata = h.data in
  let osize = Array.length odata in
  let nsize = osize * 2 in
  let ndata = Array.make nsize Empty in
  let ndata_tail = Array.make nsize Empty in
  h.data <- ndata;
  let rec insert_bucket = function
    | Empty -> ()
    | Cons { key; data; next } as cell ->
      let cell = match cell with Cons _ -> Cons { key; data; next = Empty } | Empty -> Empty in
      let nidx = indexfun h key in
      (match ndata_tail.(nidx) with
       | Empty -> ndata.(nidx) <- cell
       | Cons tail -> tail.next <- cell);
      ndata_tail.(nidx) <- cell;
      insert_bucket next in
  for i = 0 to osize - 1 do insert_bucket odata.(i) done

let add h key data =
  let i = key_index h key in
  let bucket = Cons { key; data; next = h.data.(i) } in
  h.data.(i) <- bucket;
  h.size <- h.size + 1;
  if h.size > Array.length h.data lsl 1 then resize key_index h

let rec remove_bucket h i key prec = function
  | Empty -> ()
  | Cons { key = k; next; _ } as c ->
    if compare k key = 0 then begin
      h.size <- h.size - 1;
      match prec with Empty -> h.data.(i) <- next | Cons c -> c.next <- next
    end else remove_bucket h i key c next
let remove h key = let i = key_index h key in remove_bucket h i key Empty h.data.(i)

let rec find_rec key = function
  | Empty -> raise Not_found
  | Cons { key = k; data; next } -> if compare key k = 0 then data else find_rec key next
let find h key = find_rec key h.data.(key_index h key)
let find_opt h key = try Some (find h key) with Not_found -> None
let find_all h key =
  let rec go = function
    | Empty -> []
    | Cons { key = k; data; next } -> if compare k key = 0 then data :: go next else go next in
  go h.data.(key_index h key)

let rec replace_bucket key data = function
  | Empty -> true
  | Cons ({ key = k; next; _ } as slot) -> if compare k key = 0 then (slot.key <- key; slot.data <- data; false) else replace_bucket key data next
let replace h key data =
  let i = key_index h key in
  let l = h.data.(i) in
  if replace_bucket key data l then begin
    h.data.(i) <- Cons { key; data; next = l };
    h.size <- h.size + 1;
    if h.size > Array.length h.data lsl 1 then resize key_index h
  end

let mem h key =
  let rec go = function Empty -> false | Cons { key = k; next; _ } -> compare k key = 0 || go next in
  go h.data.(key_index h key)

let iter f h =
  let rec do_bucket = function Empty -> () | Cons { key; data; next } -> f key data; do_bucket next in
  let d = h.data in
  for i = 0 to Array.length d - 1 do do_bucket d.(i) done

let fold f h init =
  let rec do_bucket b accu = match b with Empty -> accu | Cons { key; data; next } -> do_bucket next (f key data accu) in
  let d = h.data in
  let accu = ref init in
  for i = 0 to Array.length d - 1 do accu := do_bucket d.(i) !accu done;
  !accu

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
  let rec copy_bucket = function Empty -> Empty | Cons { key; data; next } -> Cons { key; data; next = copy_bucket next } in
  { h with data = Array.map copy_bucket h.data }

let to_seq h =
  let d = h.data in
  let rec aux i buck () = match buck with
    | Empty -> if i = Array.length d then Seq.Nil else aux (i + 1) d.(i) ()
    | Cons { key; data; next } -> Seq.Cons ((key, data), aux i next) in
  aux 0 Empty
let to_seq_keys h = Seq.map fst (to_seq h)
let to_seq_values h = Seq.map snd (to_seq h)
let add_seq h s = Seq.iter (fun (k, v) -> add h k v) s
let replace_seq h s = Seq.iter (fun (k, v) -> replace h k v) s
let of_seq s = let h = create 16 in replace_seq h s; h

let stats h = (h.size, Array.length h.data)

module type HashedType = sig type t val equal : t -> t -> bool val hash : t -> int end

module Make (H : HashedType) = struct
  type key = H.t
  type 'a hashtbl = (key, 'a) t
  type 'a t = 'a hashtbl
  let create n = create n
  let clear = clear
  let reset = reset
  let copy = copy
  let length = length
  let key_index h key = (H.hash key) land (Array.length h.data - 1)
  let add h key data =
    let i = key_index h key in
    h.data.(i) <- Cons { key; data; next = h.data.(i) };
    h.size <- h.size + 1;
    if h.size > Array.length h.data lsl 1 then resize key_index h
  let find h key =
    let rec go = function Empty -> raise Not_found | Cons { key = k; data; next } -> if H.equal key k then data else go next in
    go h.data.(key_index h key)
  let find_opt h key = try Some (find h key) with Not_found -> None
  let find_all h key =
    let rec go = function Empty -> [] | Cons { key = k; data; next } -> if H.equal k key then data :: go next else go next in
    go h.data.(key_index h key)
  let mem h key =
    let rec go = function Empty -> false | Cons { key = k; next; _ } -> H.equal k key || go next in
    go h.data.(key_index h key)
  let replace h key data =
    let i = key_index h key in
    let l = h.data.(i) in
    let rec go = function
      | Empty -> true
      | Cons ({ key = k; next; _ } as slot) -> if H.equal k key then (slot.key <- key; slot.data <- data; false) else go next in
    if go l then begin
      h.data.(i) <- Cons { key; data; next = l };
      h.size <- h.size + 1;
      if h.size > Array.length h.data lsl 1 then resize key_index h
    end
  let remove h key =
    let i = key_index h key in
    let rec go prec = function
      | Empty -> ()
      | Cons { key = k; next; _ } as c ->
        if H.equal k key then begin
          h.size <- h.size - 1;
          match prec with Empty -> h.data.(i) <- next | Cons p -> p.next <- next
        end else go c next in
    go Empty h.data.(i)
  let iter = iter
  let fold = fold
  let filter_map_inplace = filter_map_inplace
  let to_seq = to_seq
  let to_seq_keys = to_seq_keys
  let to_seq_values = to_seq_values
  let stats = stats
end
