(* Bytes, as OCaml 4.13 has it. *)
external length : bytes -> int = "%bytes_length"
external get : bytes -> int -> char = "%bytes_safe_get"
external set : bytes -> int -> char -> unit = "%bytes_safe_set"
external unsafe_get : bytes -> int -> char = "%bytes_unsafe_get"
external unsafe_set : bytes -> int -> char -> unit = "%bytes_unsafe_set"
external create : int -> bytes = "caml_create_bytes"
external unsafe_to_string : bytes -> string = "%bytes_to_string"
external unsafe_of_string : string -> bytes = "%bytes_of_string"
external unsafe_blit_string : string -> int -> bytes -> int -> int -> unit = "caml_blit_string"
external unsafe_blit : bytes -> int -> bytes -> int -> int -> unit = "caml_blit_bytes"
external unsafe_fill : bytes -> int -> int -> char -> unit = "caml_fill_bytes"
external string_get : string -> int -> char = "%string_safe_get"
external obj_dup : bytes -> bytes = "caml_obj_dup"

let make n c = let b = create n in unsafe_fill b 0 n c; b
let empty = create 0
let init n f = let b = create n in for i = 0 to n - 1 do unsafe_set b i (f i) done; b
let copy b = obj_dup b
(* The conversion primitives copy. *)
let to_string b = unsafe_to_string b
let of_string s = unsafe_of_string s

let sub b ofs len =
  if ofs < 0 || len < 0 || ofs > length b - len then invalid_arg "String.sub / Bytes.sub"
  else begin let r = create len in unsafe_blit b ofs r 0 len; r end
let sub_string b ofs len = unsafe_to_string (sub b ofs len)

let extend b left right =
  let len = length b + left + right in
  if len < 0 then invalid_arg "Bytes.extend" else begin
    let r = create len in
    let srcoff, dstoff = if left < 0 then (-left, 0) else (0, left) in
    let cpylen = min (length b - srcoff) (len - dstoff) in
    if cpylen > 0 then unsafe_blit b srcoff r dstoff cpylen;
    r
  end

let fill b ofs len c =
  if ofs < 0 || len < 0 || ofs > length b - len then invalid_arg "String.fill / Bytes.fill"
  else unsafe_fill b ofs len c
let blit src srcoff dst dstoff len =
  if len < 0 || srcoff < 0 || srcoff > length src - len || dstoff < 0 || dstoff > length dst - len
  then invalid_arg "Bytes.blit" else unsafe_blit src srcoff dst dstoff len
let blit_string src srcoff dst dstoff len =
  if len < 0 || srcoff < 0 || srcoff > string_length src - len || dstoff < 0 || dstoff > length dst - len
  then invalid_arg "String.blit / Bytes.blit_string" else unsafe_blit_string src srcoff dst dstoff len

let concat sep l =
  match l with
  | [] -> empty
  | _ ->
    let seplen = length sep in
    let rec total acc = function
      | [] -> acc
      | [ b ] -> acc + length b
      | b :: rest -> total (acc + length b + seplen) rest in
    let r = create (total 0 l) in
    let rec fill pos = function
      | [] -> ()
      | [ b ] -> unsafe_blit b 0 r pos (length b)
      | b :: rest ->
        unsafe_blit b 0 r pos (length b);
        unsafe_blit sep 0 r (pos + length b) seplen;
        fill (pos + length b + seplen) rest in
    fill 0 l;
    r
let cat a b =
  let r = create (length a + length b) in
  unsafe_blit a 0 r 0 (length a);
  unsafe_blit b 0 r (length a) (length b);
  r

let iter f b = for i = 0 to length b - 1 do f (unsafe_get b i) done
let iteri f b = for i = 0 to length b - 1 do f i (unsafe_get b i) done
let map f b = let n = length b in let r = create n in for i = 0 to n - 1 do unsafe_set r i (f (unsafe_get b i)) done; r
let mapi f b = let n = length b in let r = create n in for i = 0 to n - 1 do unsafe_set r i (f i (unsafe_get b i)) done; r
let fold_left f acc b = let r = ref acc in for i = 0 to length b - 1 do r := f !r (unsafe_get b i) done; !r
let fold_right f b acc = let r = ref acc in for i = length b - 1 downto 0 do r := f (unsafe_get b i) !r done; !r
let exists p b = let n = length b in let rec go i = i < n && (p (unsafe_get b i) || go (i + 1)) in go 0
let for_all p b = let n = length b in let rec go i = i >= n || (p (unsafe_get b i) && go (i + 1)) in go 0

let is_space = function ' ' | '\012' | '\n' | '\r' | '\t' -> true | _ -> false
let trim b =
  let n = length b in
  let i = ref 0 in
  while !i < n && is_space (unsafe_get b !i) do incr i done;
  let j = ref (n - 1) in
  while !j >= !i && is_space (unsafe_get b !j) do decr j done;
  if !j >= !i then sub b !i (!j - !i + 1) else empty

(* The length of the escape of each byte, as String.escaped writes it. *)
let escaped_length c =
  match c with
  | '"' | '\\' | '\n' | '\t' | '\r' | '\b' -> 2
  | ' ' .. '~' -> 1
  | _ -> 4
let escaped b =
  let n = ref 0 in
  for i = 0 to length b - 1 do n := !n + escaped_length (unsafe_get b i) done;
  if !n = length b then copy b
  else begin
    let r = create !n in
    let pos = ref 0 in
    let put c = unsafe_set r !pos c; incr pos in
    for i = 0 to length b - 1 do
      match unsafe_get b i with
      | ('"' | '\\') as c -> put '\\'; put c
      | '\n' -> put '\\'; put 'n'
      | '\t' -> put '\\'; put 't'
      | '\r' -> put '\\'; put 'r'
      | '\b' -> put '\\'; put 'b'
      | ' ' .. '~' as c -> put c
      | c ->
        let k = Char.code c in
        put '\\';
        put (Char.unsafe_chr (48 + k / 100));
        put (Char.unsafe_chr (48 + k / 10 mod 10));
        put (Char.unsafe_chr (48 + k mod 10))
    done;
    r
  end

let rec index_rec b lim i c =
  if i >= lim then raise Not_found else if unsafe_get b i = c then i else index_rec b lim (i + 1) c
let rec index_rec_opt b lim i c =
  if i >= lim then None else if unsafe_get b i = c then Some i else index_rec_opt b lim (i + 1) c
let index b c = index_rec b (length b) 0 c
let index_opt b c = index_rec_opt b (length b) 0 c
let index_from b i c =
  if i < 0 || i > length b then invalid_arg "String.index_from / Bytes.index_from" else index_rec b (length b) i c
let index_from_opt b i c =
  if i < 0 || i > length b then invalid_arg "String.index_from_opt / Bytes.index_from_opt"
  else index_rec_opt b (length b) i c
let rec rindex_rec b i c = if i < 0 then raise Not_found else if unsafe_get b i = c then i else rindex_rec b (i - 1) c
let rec rindex_rec_opt b i c = if i < 0 then None else if unsafe_get b i = c then Some i else rindex_rec_opt b (i - 1) c
let rindex b c = rindex_rec b (length b - 1) c
let rindex_opt b c = rindex_rec_opt b (length b - 1) c
let rindex_from b i c =
  if i < -1 || i >= length b then invalid_arg "String.rindex_from / Bytes.rindex_from" else rindex_rec b i c
let rindex_from_opt b i c =
  if i < -1 || i >= length b then invalid_arg "String.rindex_from_opt / Bytes.rindex_from_opt"
  else rindex_rec_opt b i c
let contains_from b i c =
  if i < 0 || i > length b then invalid_arg "String.contains_from / Bytes.contains_from"
  else index_rec_opt b (length b) i c <> None
let contains b c = contains_from b 0 c
let rcontains_from b i c =
  if i < 0 || i >= length b then invalid_arg "String.rcontains_from / Bytes.rcontains_from"
  else rindex_rec_opt b i c <> None

external map_case : int -> bytes -> bytes = "mlrun_string_map_case"
let uppercase_ascii b = map_case 3 b
let lowercase_ascii b = map_case 2 b
let uppercase b = map Char.uppercase b
let lowercase b = map Char.lowercase b
let apply1 f b =
  if length b = 0 then b else begin let r = copy b in unsafe_set r 0 (f (unsafe_get b 0)); r end
let capitalize_ascii b = apply1 Char.uppercase_ascii b
let uncapitalize_ascii b = apply1 Char.lowercase_ascii b
let capitalize b = apply1 Char.uppercase b
let uncapitalize b = apply1 Char.lowercase b

type t = bytes
external compare : bytes -> bytes -> int = "caml_bytes_compare"
external equal : bytes -> bytes -> bool = "caml_bytes_equal"

let starts_with ~prefix b =
  let lp = length prefix in
  let rec go i = i = lp || (unsafe_get b i = unsafe_get prefix i && go (i + 1)) in
  length b >= lp && go 0
let ends_with ~suffix b =
  let ls = length suffix and n = length b in
  let rec go i = i = ls || (unsafe_get b (n - ls + i) = unsafe_get suffix i && go (i + 1)) in
  n >= ls && go 0

let split_on_char sep b =
  let r = ref [] and j = ref (length b) in
  for i = length b - 1 downto 0 do
    if unsafe_get b i = sep then begin r := sub b (i + 1) (!j - i - 1) :: !r; j := i end
  done;
  sub b 0 !j :: !r

let to_seq b =
  let rec aux i () = if i = length b then Seq.Nil else Seq.Cons (get b i, aux (i + 1)) in
  aux 0
let to_seqi b =
  let rec aux i () = if i = length b then Seq.Nil else Seq.Cons ((i, get b i), aux (i + 1)) in
  aux 0
let of_seq s =
  let buf = ref (create 16) and n = ref 0 in
  Seq.iter (fun c ->
    if !n = length !buf then begin
      let nb = create (2 * length !buf) in
      unsafe_blit !buf 0 nb 0 !n;
      buf := nb
    end;
    unsafe_set !buf !n c;
    incr n) s;
  sub !buf 0 !n

(* Binary encodings. *)
let check b i n = if i < 0 || i > length b - n then invalid_arg "index out of bounds"
let get_uint8 b i = Char.code (get b i)
let get_int8 b i = ((get_uint8 b i) lsl 55) asr 55
let get_uint16_le b i = check b i 2; Char.code (unsafe_get b i) lor (Char.code (unsafe_get b (i + 1)) lsl 8)
let get_uint16_be b i = check b i 2; (Char.code (unsafe_get b i) lsl 8) lor Char.code (unsafe_get b (i + 1))
let get_uint16_ne = get_uint16_le
let get_int16_le b i = ((get_uint16_le b i) lsl 47) asr 47
let get_int16_be b i = ((get_uint16_be b i) lsl 47) asr 47
let get_int16_ne = get_int16_le
external int32_of_int : int -> int32 = "%int32_of_int"
external int32_to_int : int32 -> int = "%int32_to_int"
external int64_of_int : int -> int64 = "%int64_of_int"
external int64_to_int : int64 -> int = "%int64_to_int"
external int64_or : int64 -> int64 -> int64 = "%int64_or"
external int64_lsl : int64 -> int -> int64 = "%int64_lsl"
external int64_lsr : int64 -> int -> int64 = "%int64_lsr"
let get_le b i n = check b i n; let r = ref 0 in for k = n - 1 downto 0 do r := (!r lsl 8) lor Char.code (unsafe_get b (i + k)) done; !r
let get_be b i n = check b i n; let r = ref 0 in for k = 0 to n - 1 do r := (!r lsl 8) lor Char.code (unsafe_get b (i + k)) done; !r
let get_int32_le b i = int32_of_int (get_le b i 4)
let get_int32_be b i = int32_of_int (get_be b i 4)
let get_int32_ne = get_int32_le
let get_int64_le b i =
  int64_or (int64_lsl (int64_of_int (get_le b (i + 4) 4)) 32) (int64_of_int (get_le b i 4))
let get_int64_be b i =
  int64_or (int64_lsl (int64_of_int (get_be b i 4)) 32) (int64_of_int (get_be b (i + 4) 4))
let get_int64_ne = get_int64_le
let set_le b i n v = check b i n; for k = 0 to n - 1 do unsafe_set b (i + k) (Char.unsafe_chr ((v lsr (8 * k)) land 255)) done
let set_be b i n v = check b i n; for k = 0 to n - 1 do unsafe_set b (i + n - 1 - k) (Char.unsafe_chr ((v lsr (8 * k)) land 255)) done
let set_uint8 b i v = set b i (Char.unsafe_chr (v land 255))
let set_int8 = set_uint8
let set_uint16_le b i v = set_le b i 2 v
let set_uint16_be b i v = set_be b i 2 v
let set_uint16_ne = set_uint16_le
let set_int16_le = set_uint16_le
let set_int16_be = set_uint16_be
let set_int16_ne = set_uint16_le
let set_int32_le b i v = set_le b i 4 (int32_to_int v)
let set_int32_be b i v = set_be b i 4 (int32_to_int v)
let set_int32_ne = set_int32_le
let low32 v = int64_to_int v land 0xFFFFFFFF
let high32 v = int64_to_int (int64_lsr v 32)
let set_int64_le b i v = check b i 8; set_le b i 4 (low32 v); set_le b (i + 4) 4 (high32 v)
let set_int64_be b i v = check b i 8; set_be b i 4 (high32 v); set_be b (i + 4) 4 (low32 v)
let set_int64_ne = set_int64_le
