(* Array, as OCaml 4.13 has it (the functions programs use). *)
external length : 'a array -> int = "%array_length"
external get : 'a array -> int -> 'a = "%array_safe_get"
external set : 'a array -> int -> 'a -> unit = "%array_safe_set"
external unsafe_get : 'a array -> int -> 'a = "%array_unsafe_get"
external unsafe_set : 'a array -> int -> 'a -> unit = "%array_unsafe_set"
external make : int -> 'a -> 'a array = "caml_make_vect"
external create_float : int -> float array = "caml_make_vect"

let init n f =
  if n = 0 then [||]
  else if n < 0 then invalid_arg "Array.init"
  else begin
    let a = make n (f 0) in
    for i = 1 to n - 1 do set a i (f i) done;
    a
  end
let make_matrix sx sy init = let res = make sx [||] in for x = 0 to sx - 1 do set res x (make sy init) done; res
let copy a = init (length a) (fun i -> get a i)
let append a b =
  let la = length a in
  init (la + length b) (fun i -> if i < la then get a i else get b (i - la))
let concat l = List.fold_left append [||] l
let sub a ofs len =
  if ofs < 0 || len < 0 || ofs > length a - len then invalid_arg "Array.sub"
  else init len (fun i -> get a (ofs + i))
let fill a ofs len v =
  if ofs < 0 || len < 0 || ofs > length a - len then invalid_arg "Array.fill"
  else for i = ofs to ofs + len - 1 do set a i v done
let blit a1 ofs1 a2 ofs2 len =
  if len < 0 || ofs1 < 0 || ofs1 > length a1 - len || ofs2 < 0 || ofs2 > length a2 - len then invalid_arg "Array.blit"
  else if ofs1 < ofs2 then for i = len - 1 downto 0 do set a2 (ofs2 + i) (get a1 (ofs1 + i)) done
  else for i = 0 to len - 1 do set a2 (ofs2 + i) (get a1 (ofs1 + i)) done
let iter f a = for i = 0 to length a - 1 do f (get a i) done
let iteri f a = for i = 0 to length a - 1 do f i (get a i) done
let map f a = init (length a) (fun i -> f (get a i))
let mapi f a = init (length a) (fun i -> f i (get a i))
let fold_left f acc a = let r = ref acc in for i = 0 to length a - 1 do r := f !r (get a i) done; !r
let fold_right f a acc = let r = ref acc in for i = length a - 1 downto 0 do r := f (get a i) !r done; !r
let to_list a = let rec go i acc = if i < 0 then acc else go (i - 1) (get a i :: acc) in go (length a - 1) []
let of_list = function
  | [] -> [||]
  | hd :: _ as l -> let a = make (List.length l) hd in List.iteri (fun i x -> set a i x) l; a
let exists p a = let rec go i = i < length a && (p (get a i) || go (i + 1)) in go 0
let for_all p a = let rec go i = i >= length a || (p (get a i) && go (i + 1)) in go 0
let mem x a = exists (fun y -> compare y x = 0) a
let memq x a = exists (fun y -> y == x) a
let iter2 f a b = if length a <> length b then invalid_arg "Array.iter2: arrays must have the same length" else for i = 0 to length a - 1 do f (get a i) (get b i) done
let map2 f a b = if length a <> length b then invalid_arg "Array.map2: arrays must have the same length" else init (length a) (fun i -> f (get a i) (get b i))
let stable_sort cmp a =
  let sorted = List.stable_sort cmp (to_list a) in
  List.iteri (fun i x -> set a i x) sorted
let sort = stable_sort
let fast_sort = stable_sort
