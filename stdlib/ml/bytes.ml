(* Bytes, as OCaml 4.13 has it (the functions programs use). *)
external length : bytes -> int = "%bytes_length"
external get : bytes -> int -> char = "%bytes_safe_get"
external set : bytes -> int -> char -> unit = "%bytes_safe_set"
external create : int -> bytes = "caml_create_bytes"
external unsafe_to_string : bytes -> string = "%bytes_to_string"
external unsafe_of_string : string -> bytes = "%bytes_of_string"
external to_string : bytes -> string = "%bytes_to_string"
external of_string : string -> bytes = "%bytes_of_string"
external blit_string_ : string -> int -> bytes -> int -> int -> unit = "caml_blit_string"
external blit_ : bytes -> int -> bytes -> int -> int -> unit = "caml_blit_bytes"
external fill_ : bytes -> int -> int -> char -> unit = "caml_fill_bytes"

let make n c = let b = create n in fill_ b 0 n c; b
let empty = create 0
let init n f = let b = create n in for i = 0 to n - 1 do set b i (f i) done; b
let copy b = of_string (to_string b)
let sub b ofs len =
  if ofs < 0 || len < 0 || ofs > length b - len then invalid_arg "String.sub / Bytes.sub"
  else (let r = create len in blit_ b ofs r 0 len; r)
let sub_string b ofs len = to_string (sub b ofs len)
let fill b ofs len c =
  if ofs < 0 || len < 0 || ofs > length b - len then invalid_arg "String.fill / Bytes.fill"
  else fill_ b ofs len c
let blit src srcoff dst dstoff len =
  if len < 0 || srcoff < 0 || srcoff > length src - len || dstoff < 0 || dstoff > length dst - len
  then invalid_arg "Bytes.blit" else blit_ src srcoff dst dstoff len
let blit_string src srcoff dst dstoff len =
  if len < 0 || srcoff < 0 || srcoff > string_length src - len || dstoff < 0 || dstoff > length dst - len
  then invalid_arg "String.blit / Bytes.blit_string" else blit_string_ src srcoff dst dstoff len
let iter f b = for i = 0 to length b - 1 do f (get b i) done
let iteri f b = for i = 0 to length b - 1 do f i (get b i) done
let map f b = init (length b) (fun i -> f (get b i))
let mapi f b = init (length b) (fun i -> f i (get b i))
let cat a b = of_string (to_string a ^ to_string b)
let equal a b = to_string a = to_string b
let compare a b = compare (to_string a) (to_string b)
