(* Uchar: Unicode scalar values as ints. *)
type t = int

let min = 0x0000
let max = 0x10FFFF
let bom = 0xFEFF
let rep = 0xFFFD
let is_valid i = (0x0000 <= i && i <= 0xD7FF) || (0xE000 <= i && i <= 0x10FFFF)
let succ u =
  if u = 0xD7FF then 0xE000
  else if u = max then invalid_arg "U+10FFFF has no successor"
  else u + 1
let pred u =
  if u = 0xE000 then 0xD7FF
  else if u = min then invalid_arg "U+0000 has no predecessor"
  else u - 1
let of_int i = if is_valid i then i else invalid_arg (format_int "%X" i ^ " is not an Unicode scalar value")
external unsafe_of_int : int -> t = "%identity"
external to_int : t -> int = "%identity"
let is_char u = u < 256
let of_char c = Char.code c
let to_char u =
  if u > 255 then invalid_arg ("U+" ^ format_int "%04X" u ^ " is not a latin1 character") else Char.unsafe_chr u
let unsafe_to_char = Char.unsafe_chr
let equal (a : int) b = a = b
let compare (a : int) b = compare a b
let hash = to_int
