(* String, as OCaml 4.13 has it (the functions programs use). *)
external length : string -> int = "%string_length"
external get : string -> int -> char = "%string_safe_get"
external unsafe_get : string -> int -> char = "%string_unsafe_get"

let make n c = Bytes.unsafe_to_string (Bytes.make n c)
let init n f = Bytes.unsafe_to_string (Bytes.init n f)
let empty = ""
let copy s = s
let of_bytes = Bytes.to_string
let to_bytes = Bytes.of_string
let sub s ofs len =
  if ofs < 0 || len < 0 || ofs > length s - len then invalid_arg "String.sub / Bytes.sub"
  else (let r = Bytes.create len in Bytes.blit_string s ofs r 0 len; Bytes.unsafe_to_string r)
let blit = Bytes.blit_string
let concat sep = function
  | [] -> ""
  | first :: rest -> List.fold_left (fun acc s -> acc ^ sep ^ s) first rest
let cat = ( ^ )
let iter f s = for i = 0 to length s - 1 do f (get s i) done
let iteri f s = for i = 0 to length s - 1 do f i (get s i) done
let map f s = init (length s) (fun i -> f (get s i))
let mapi f s = init (length s) (fun i -> f i (get s i))
let fold_left f acc s = let r = ref acc in for i = 0 to length s - 1 do r := f !r (get s i) done; !r
let fold_right f s acc = let r = ref acc in for i = length s - 1 downto 0 do r := f (get s i) !r done; !r
let exists p s = let rec go i = i < length s && (p (get s i) || go (i + 1)) in go 0
let for_all p s = let rec go i = i >= length s || (p (get s i) && go (i + 1)) in go 0
let is_space = function ' ' | '\012' | '\n' | '\r' | '\t' -> true | _ -> false
let trim s =
  let n = length s in
  let i = ref 0 and j = ref (n - 1) in
  while !i < n && is_space (get s !i) do incr i done;
  while !j >= !i && is_space (get s !j) do decr j done;
  if !i = 0 && !j = n - 1 then s else sub s !i (!j - !i + 1)
let escaped s = concat "" (List.init (length s) (fun i -> match get s i with '"' -> "\\\"" | c -> Char.escaped c))
let rec index_rec s lim i c = if i >= lim then raise Not_found else if get s i = c then i else index_rec s lim (i + 1) c
let index s c = index_rec s (length s) 0 c
let index_opt s c = try Some (index s c) with Not_found -> None
let index_from s i c =
  if i < 0 || i > length s then invalid_arg "String.index_from / Bytes.index_from" else index_rec s (length s) i c
let index_from_opt s i c = try Some (index_from s i c) with Not_found -> None
let rec rindex_rec s i c = if i < 0 then raise Not_found else if get s i = c then i else rindex_rec s (i - 1) c
let rindex s c = rindex_rec s (length s - 1) c
let rindex_opt s c = try Some (rindex s c) with Not_found -> None
let rindex_from s i c =
  if i < -1 || i >= length s then invalid_arg "String.rindex_from / Bytes.rindex_from" else rindex_rec s i c
let rindex_from_opt s i c = try Some (rindex_from s i c) with Not_found -> None
let contains_from s i c =
  if i < 0 || i > length s then invalid_arg "String.contains_from / Bytes.contains_from"
  else (try ignore (index_rec s (length s) i c); true with Not_found -> false)
let contains s c = contains_from s 0 c
let rcontains_from s i c =
  if i < 0 || i >= length s then invalid_arg "String.rcontains_from / Bytes.rcontains_from"
  else (try ignore (rindex_rec s i c); true with Not_found -> false)
let uppercase_ascii s = map Char.uppercase_ascii s
let lowercase_ascii s = map Char.lowercase_ascii s
let capitalize_ascii s = if s = "" then s else mapi (fun i c -> if i = 0 then Char.uppercase_ascii c else c) s
let uncapitalize_ascii s = if s = "" then s else mapi (fun i c -> if i = 0 then Char.lowercase_ascii c else c) s
let split_on_char sep s =
  let r = ref [] and j = ref (length s) in
  for i = length s - 1 downto 0 do
    if get s i = sep then (r := sub s (i + 1) (!j - i - 1) :: !r; j := i)
  done;
  sub s 0 !j :: !r
let equal (a : string) b = a = b
let compare (a : string) b = compare a b
let starts_with ~prefix s =
  let lp = length prefix in
  lp <= length s && sub s 0 lp = prefix
let ends_with ~suffix s =
  let ls = length suffix and n = length s in
  ls <= n && sub s (n - ls) ls = suffix
