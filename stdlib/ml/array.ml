(* Array, as OCaml 4.13 has it. *)
external length : 'a array -> int = "%array_length"
external get : 'a array -> int -> 'a = "%array_safe_get"
external set : 'a array -> int -> 'a -> unit = "%array_safe_set"
external unsafe_get : 'a array -> int -> 'a = "%array_unsafe_get"
external unsafe_set : 'a array -> int -> 'a -> unit = "%array_unsafe_set"
external make : int -> 'a -> 'a array = "caml_make_vect"
external create : int -> 'a -> 'a array = "caml_make_vect"
external create_float : int -> float array = "caml_make_float_vect"
external unsafe_sub : 'a array -> int -> int -> 'a array = "caml_array_sub"
external append_prim : 'a array -> 'a array -> 'a array = "caml_array_append"
external concat : 'a array list -> 'a array = "caml_array_concat"
external unsafe_blit : 'a array -> int -> 'a array -> int -> int -> unit = "caml_array_blit"
external unsafe_fill : 'a array -> int -> int -> 'a -> unit = "caml_array_fill"
type 'a t = 'a array

let make_float = create_float

let init n f =
  if n = 0 then [||]
  else if n < 0 then invalid_arg "Array.init"
  else begin
    let a = make n (f 0) in
    for i = 1 to n - 1 do unsafe_set a i (f i) done;
    a
  end
let make_matrix sx sy init =
  let res = make sx [||] in
  for x = 0 to sx - 1 do unsafe_set res x (make sy init) done;
  res
let create_matrix = make_matrix

let copy a = unsafe_sub a 0 (length a)
let append a b = append_prim a b
let sub a ofs len =
  if ofs < 0 || len < 0 || ofs > length a - len then invalid_arg "Array.sub" else unsafe_sub a ofs len
let fill a ofs len v =
  if ofs < 0 || len < 0 || ofs > length a - len then invalid_arg "Array.fill" else unsafe_fill a ofs len v
let blit a1 ofs1 a2 ofs2 len =
  if len < 0 || ofs1 < 0 || ofs1 > length a1 - len || ofs2 < 0 || ofs2 > length a2 - len
  then invalid_arg "Array.blit"
  else unsafe_blit a1 ofs1 a2 ofs2 len

let iter f a = for i = 0 to length a - 1 do f (unsafe_get a i) done
let iteri f a = for i = 0 to length a - 1 do f i (unsafe_get a i) done
let map f a =
  let n = length a in
  if n = 0 then [||]
  else begin
    let r = make n (f (unsafe_get a 0)) in
    for i = 1 to n - 1 do unsafe_set r i (f (unsafe_get a i)) done;
    r
  end
let mapi f a =
  let n = length a in
  if n = 0 then [||]
  else begin
    let r = make n (f 0 (unsafe_get a 0)) in
    for i = 1 to n - 1 do unsafe_set r i (f i (unsafe_get a i)) done;
    r
  end
let fold_left f acc a = let r = ref acc in for i = 0 to length a - 1 do r := f !r (unsafe_get a i) done; !r
let fold_right f a acc = let r = ref acc in for i = length a - 1 downto 0 do r := f (unsafe_get a i) !r done; !r
let fold_left_map f acc a =
  let n = length a in
  if n = 0 then (acc, [||])
  else begin
    let acc, b0 = f acc (unsafe_get a 0) in
    let r = make n b0 in
    let acc = ref acc in
    for i = 1 to n - 1 do
      let acc', bi = f !acc (unsafe_get a i) in
      acc := acc';
      unsafe_set r i bi
    done;
    (!acc, r)
  end

let iter2 f a b =
  if length a <> length b then invalid_arg "Array.iter2: arrays must have the same length"
  else for i = 0 to length a - 1 do f (unsafe_get a i) (unsafe_get b i) done
let map2 f a b =
  let n = length a in
  if n <> length b then invalid_arg "Array.map2: arrays must have the same length"
  else if n = 0 then [||]
  else begin
    let r = make n (f (unsafe_get a 0) (unsafe_get b 0)) in
    for i = 1 to n - 1 do unsafe_set r i (f (unsafe_get a i) (unsafe_get b i)) done;
    r
  end

let to_list a = let rec go i acc = if i < 0 then acc else go (i - 1) (unsafe_get a i :: acc) in go (length a - 1) []
let of_list = function
  | [] -> [||]
  | hd :: tl ->
    let a = make (List.length tl + 1) hd in
    let rec fill i = function [] -> a | x :: l -> unsafe_set a i x; fill (i + 1) l in
    fill 1 tl

let exists p a = let n = length a in let rec go i = i < n && (p (unsafe_get a i) || go (i + 1)) in go 0
let for_all p a = let n = length a in let rec go i = i >= n || (p (unsafe_get a i) && go (i + 1)) in go 0
let for_all2 p a b =
  let n = length a in
  if n <> length b then invalid_arg "Array.for_all2"
  else let rec go i = i >= n || (p (unsafe_get a i) (unsafe_get b i) && go (i + 1)) in go 0
let exists2 p a b =
  let n = length a in
  if n <> length b then invalid_arg "Array.exists2"
  else let rec go i = i < n && (p (unsafe_get a i) (unsafe_get b i) || go (i + 1)) in go 0
let mem x a = let n = length a in let rec go i = i < n && (compare (unsafe_get a i) x = 0 || go (i + 1)) in go 0
let memq x a = let n = length a in let rec go i = i < n && (unsafe_get a i == x || go (i + 1)) in go 0
let find_opt p a =
  let n = length a in
  let rec go i = if i >= n then None else let x = unsafe_get a i in if p x then Some x else go (i + 1) in
  go 0
let find_map f a =
  let n = length a in
  let rec go i = if i >= n then None else match f (unsafe_get a i) with None -> go (i + 1) | r -> r in
  go 0
let split a =
  let n = length a in
  if n = 0 then ([||], [||])
  else begin
    let a0, b0 = unsafe_get a 0 in
    let r1 = make n a0 and r2 = make n b0 in
    for i = 1 to n - 1 do
      let ai, bi = unsafe_get a i in
      unsafe_set r1 i ai;
      unsafe_set r2 i bi
    done;
    (r1, r2)
  end
let combine a b =
  let n = length a in
  if n <> length b then invalid_arg "Array.combine"
  else if n = 0 then [||]
  else begin
    let r = make n (unsafe_get a 0, unsafe_get b 0) in
    for i = 1 to n - 1 do unsafe_set r i (unsafe_get a i, unsafe_get b i) done;
    r
  end

(* OCaml's heap sort (a heap of three children per node; the hole left by the maximum is
   moved down to a leaf, then the last element is moved up from there), with the same
   sequence of comparisons. *)
exception Bottom of int
let sort cmp a =
  (* The largest child of [i] in a heap of [l] elements; [Bottom i] if [i] is a leaf. *)
  let maxson l i =
    let c = i + i + i + 1 in
    if c + 2 < l then begin
      let m = if cmp (get a c) (get a (c + 1)) < 0 then c + 1 else c in
      if cmp (get a m) (get a (c + 2)) < 0 then c + 2 else m
    end
    else if c + 1 < l && cmp (get a c) (get a (c + 1)) < 0 then c + 1
    else if c < l then c
    else raise (Bottom i) in
  let rec trickledown l i e =
    let j = maxson l i in
    if cmp (get a j) e > 0 then begin set a i (get a j); trickledown l j e end
    else set a i e in
  let trickle l i e = try trickledown l i e with Bottom i -> set a i e in
  let rec bubbledown l i =
    let j = maxson l i in
    set a i (get a j);
    bubbledown l j in
  let bubble l i = try bubbledown l i with Bottom i -> i in
  let rec trickleup i e =
    let father = (i - 1) / 3 in
    if cmp (get a father) e < 0 then begin
      set a i (get a father);
      if father > 0 then trickleup father e else set a 0 e
    end
    else set a i e in
  let l = length a in
  for i = (l + 1) / 3 - 1 downto 0 do trickle l i (get a i) done;
  for i = l - 1 downto 2 do
    let e = get a i in
    set a i (get a 0);
    trickleup (bubble i 0) e
  done;
  if l > 1 then begin let e = get a 1 in set a 1 (get a 0); set a 0 e end

(* OCaml's merge sort: insertion sort up to 5 elements, else the second half is sorted into a
   temporary array, the first half into the end of [a], and the two merged into [a]. *)
let stable_sort cmp a =
  let cutoff = 5 in
  let merge src1ofs src1len src2 src2ofs src2len dst dstofs =
    let src1r = src1ofs + src1len and src2r = src2ofs + src2len in
    let rec loop i1 s1 i2 s2 d =
      if cmp s1 s2 <= 0 then begin
        set dst d s1;
        let i1 = i1 + 1 in
        if i1 < src1r then loop i1 (get a i1) i2 s2 (d + 1)
        else blit src2 i2 dst (d + 1) (src2r - i2)
      end else begin
        set dst d s2;
        let i2 = i2 + 1 in
        if i2 < src2r then loop i1 s1 i2 (get src2 i2) (d + 1)
        else blit a i1 dst (d + 1) (src1r - i1)
      end in
    loop src1ofs (get a src1ofs) src2ofs (get src2 src2ofs) dstofs in
  let isortto srcofs dst dstofs len =
    for i = 0 to len - 1 do
      let e = get a (srcofs + i) in
      let j = ref (dstofs + i - 1) in
      while !j >= dstofs && cmp (get dst !j) e > 0 do
        set dst (!j + 1) (get dst !j);
        decr j
      done;
      set dst (!j + 1) e
    done in
  let rec sortto srcofs dst dstofs len =
    if len <= cutoff then isortto srcofs dst dstofs len
    else begin
      let l1 = len / 2 in
      let l2 = len - l1 in
      sortto (srcofs + l1) dst (dstofs + l1) l2;
      sortto srcofs a (srcofs + l2) l1;
      merge (srcofs + l2) l1 dst (dstofs + l1) l2 dst dstofs
    end in
  let l = length a in
  if l <= cutoff then isortto 0 a 0 l
  else begin
    let l1 = l / 2 in
    let l2 = l - l1 in
    let t = make l2 (get a 0) in
    sortto l1 t 0 l2;
    sortto 0 a l2 l1;
    merge l2 l1 t 0 l2 a 0
  end
let fast_sort = stable_sort

let to_seq a =
  let rec aux i () = if i < length a then Seq.Cons (unsafe_get a i, aux (i + 1)) else Seq.Nil in
  aux 0
let to_seqi a =
  let rec aux i () = if i < length a then Seq.Cons ((i, unsafe_get a i), aux (i + 1)) else Seq.Nil in
  aux 0
let of_seq s = of_list (List.of_seq s)
