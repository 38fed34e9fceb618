(* String, as OCaml 4.13 has it. Reading functions work on the string itself; the others
   build bytes and convert once. *)
external length : string -> int = "%string_length"
external get : string -> int -> char = "%string_safe_get"
external unsafe_get : string -> int -> char = "%string_unsafe_get"
external unsafe_blit : string -> int -> bytes -> int -> int -> unit = "caml_blit_string"
external equal : string -> string -> bool = "caml_string_equal"
external compare : string -> string -> int = "caml_string_compare"
type t = string

let bts = Bytes.unsafe_to_string
let make n c = bts (Bytes.make n c)
let init n f = bts (Bytes.init n f)
let empty = ""
let copy s = s
let of_bytes = Bytes.to_string
let to_bytes = Bytes.of_string
let create = Bytes.create
let set = Bytes.set
let fill = Bytes.fill
let unsafe_set = Bytes.unsafe_set
let unsafe_fill = Bytes.unsafe_fill

external sub : string -> int -> int -> string = "mlrun_string_sub"
let blit = Bytes.blit_string

external concat : string -> string list -> string = "mlrun_string_concat"
let cat = ( ^ )

let iter f s = for i = 0 to length s - 1 do f (unsafe_get s i) done
let iteri f s = for i = 0 to length s - 1 do f i (unsafe_get s i) done
let map f s =
  let n = length s in
  let r = Bytes.create n in
  for i = 0 to n - 1 do Bytes.unsafe_set r i (f (unsafe_get s i)) done;
  bts r
let mapi f s =
  let n = length s in
  let r = Bytes.create n in
  for i = 0 to n - 1 do Bytes.unsafe_set r i (f i (unsafe_get s i)) done;
  bts r
let fold_left f acc s = let r = ref acc in for i = 0 to length s - 1 do r := f !r (unsafe_get s i) done; !r
let fold_right f s acc = let r = ref acc in for i = length s - 1 downto 0 do r := f (unsafe_get s i) !r done; !r
let exists p s = let n = length s in let rec go i = i < n && (p (unsafe_get s i) || go (i + 1)) in go 0
let for_all p s = let n = length s in let rec go i = i >= n || (p (unsafe_get s i) && go (i + 1)) in go 0

let is_space = function ' ' | '\012' | '\n' | '\r' | '\t' -> true | _ -> false
let trim s =
  let n = length s in
  if n = 0 || not (is_space (unsafe_get s 0) || is_space (unsafe_get s (n - 1))) then s
  else begin
    let i = ref 0 in
    while !i < n && is_space (unsafe_get s !i) do incr i done;
    let j = ref (n - 1) in
    while !j >= !i && is_space (unsafe_get s !j) do decr j done;
    if !j >= !i then sub s !i (!j - !i + 1) else ""
  end

let escaped s =
  let rec plain i = i >= length s || (match unsafe_get s i with
    | '"' | '\\' -> false
    | ' ' .. '~' -> plain (i + 1)
    | _ -> false) in
  if plain 0 then s else bts (Bytes.escaped (Bytes.unsafe_of_string s))

(* The searches are native: the index of the char from a position, or -1. *)
external index_from_raw : string -> int -> char -> int = "mlrun_string_index"
external rindex_from_raw : string -> int -> char -> int = "mlrun_string_rindex"
let index_rec s i c = match index_from_raw s i c with -1 -> raise Not_found | j -> j
let index_rec_opt s i c = match index_from_raw s i c with -1 -> None | j -> Some j
let index s c = index_rec s 0 c
let index_opt s c = index_rec_opt s 0 c
let index_from s i c =
  if i < 0 || i > length s then invalid_arg "String.index_from / Bytes.index_from" else index_rec s i c
let index_from_opt s i c =
  if i < 0 || i > length s then invalid_arg "String.index_from_opt / Bytes.index_from_opt"
  else index_rec_opt s i c
let rindex_rec s i c = match rindex_from_raw s i c with -1 -> raise Not_found | j -> j
let rindex_rec_opt s i c = match rindex_from_raw s i c with -1 -> None | j -> Some j
let rindex s c = rindex_rec s (length s - 1) c
let rindex_opt s c = rindex_rec_opt s (length s - 1) c
let rindex_from s i c =
  if i < -1 || i >= length s then invalid_arg "String.rindex_from / Bytes.rindex_from" else rindex_rec s i c
let rindex_from_opt s i c =
  if i < -1 || i >= length s then invalid_arg "String.rindex_from_opt / Bytes.rindex_from_opt"
  else rindex_rec_opt s i c
let contains_from s i c =
  if i < 0 || i > length s then invalid_arg "String.contains_from / Bytes.contains_from"
  else index_rec_opt s i c <> None
let contains s c = contains_from s 0 c
let rcontains_from s i c =
  if i < 0 || i >= length s then invalid_arg "String.rcontains_from / Bytes.rcontains_from"
  else rindex_rec_opt s i c <> None

external map_case : int -> string -> string = "mlrun_string_map_case"
let uppercase_ascii s = map_case 1 s
let lowercase_ascii s = map_case 0 s
let uppercase s = map Char.uppercase s
let lowercase s = map Char.lowercase s
let capitalize_ascii s = bts (Bytes.capitalize_ascii (Bytes.unsafe_of_string s))
let uncapitalize_ascii s = bts (Bytes.uncapitalize_ascii (Bytes.unsafe_of_string s))
let capitalize s = bts (Bytes.capitalize (Bytes.unsafe_of_string s))
let uncapitalize s = bts (Bytes.uncapitalize (Bytes.unsafe_of_string s))

external split_on_char : char -> string -> string list = "mlrun_string_split_on_char"

let starts_with ~prefix s =
  let lp = length prefix in
  let rec go i = i = lp || (unsafe_get s i = unsafe_get prefix i && go (i + 1)) in
  length s >= lp && go 0
let ends_with ~suffix s =
  let ls = length suffix and n = length s in
  let rec go i = i = ls || (unsafe_get s (n - ls + i) = unsafe_get suffix i && go (i + 1)) in
  n >= ls && go 0

let to_seq s =
  let rec aux i () = if i = length s then Seq.Nil else Seq.Cons (unsafe_get s i, aux (i + 1)) in
  aux 0
let to_seqi s =
  let rec aux i () = if i = length s then Seq.Nil else Seq.Cons ((i, unsafe_get s i), aux (i + 1)) in
  aux 0
let of_seq s = bts (Bytes.of_seq s)

let ub = Bytes.unsafe_of_string
let get_uint8 s i = Bytes.get_uint8 (ub s) i
let get_int8 s i = Bytes.get_int8 (ub s) i
let get_uint16_ne s i = Bytes.get_uint16_ne (ub s) i
let get_uint16_be s i = Bytes.get_uint16_be (ub s) i
let get_uint16_le s i = Bytes.get_uint16_le (ub s) i
let get_int16_ne s i = Bytes.get_int16_ne (ub s) i
let get_int16_be s i = Bytes.get_int16_be (ub s) i
let get_int16_le s i = Bytes.get_int16_le (ub s) i
let get_int32_ne s i = Bytes.get_int32_ne (ub s) i
let get_int32_be s i = Bytes.get_int32_be (ub s) i
let get_int32_le s i = Bytes.get_int32_le (ub s) i
let get_int64_ne s i = Bytes.get_int64_ne (ub s) i
let get_int64_be s i = Bytes.get_int64_be (ub s) i
let get_int64_le s i = Bytes.get_int64_le (ub s) i
