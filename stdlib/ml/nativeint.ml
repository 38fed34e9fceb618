(* Nativeint: 64-bit integers, boxed by the runtime. *)
type t = nativeint
external of_int : int -> nativeint = "%nativeint_of_int"
external to_int : nativeint -> int = "%nativeint_to_int"
external neg : nativeint -> nativeint = "%nativeint_neg"
external add : nativeint -> nativeint -> nativeint = "%nativeint_add"
external sub : nativeint -> nativeint -> nativeint = "%nativeint_sub"
external mul : nativeint -> nativeint -> nativeint = "%nativeint_mul"
external div : nativeint -> nativeint -> nativeint = "%nativeint_div"
external rem : nativeint -> nativeint -> nativeint = "%nativeint_mod"
external logand : nativeint -> nativeint -> nativeint = "%nativeint_and"
external logor : nativeint -> nativeint -> nativeint = "%nativeint_or"
external logxor : nativeint -> nativeint -> nativeint = "%nativeint_xor"
external shift_left : nativeint -> int -> nativeint = "%nativeint_lsl"
external shift_right : nativeint -> int -> nativeint = "%nativeint_asr"
external shift_right_logical : nativeint -> int -> nativeint = "%nativeint_lsr"
external of_float : float -> nativeint = "caml_nativeint_of_float"
external to_float : nativeint -> float = "caml_nativeint_to_float"
external format : string -> nativeint -> string = "caml_nativeint_format"
external of_string : string -> nativeint = "caml_nativeint_of_string"
external of_int32 : int32 -> nativeint = "%nativeint_of_int32"
external to_int32 : nativeint -> int32 = "%nativeint_to_int32"
let size = 64
let zero = of_int 0
let one = of_int 1
let minus_one = of_int (-1)
let succ n = add n one
let pred n = sub n one
let abs n = if n >= zero then n else neg n
let max_int = shift_right_logical minus_one 1
let min_int = shift_left one 63
let lognot n = logxor n minus_one
let to_string n = format "%d" n
let of_string_opt s = try Some (of_string s) with Failure _ -> None
let compare (x : t) y = compare x y
let equal (x : t) y = compare x y = 0
let min (x : t) y = if x <= y then x else y
let max (x : t) y = if x >= y then x else y
let unsigned_compare n m = compare (sub n min_int) (sub m min_int)
let unsigned_to_int n = if n >= zero && n <= of_int ((-1) lsr 1) then Some (to_int n) else None
(* Unsigned division from the signed one: halve, divide, then correct the last bit. *)
let unsigned_div n d =
  if d < zero then (if unsigned_compare n d < 0 then zero else one)
  else begin
    let q = shift_left (div (shift_right_logical n 1) d) 1 in
    let r = sub n (mul q d) in
    if unsigned_compare r d >= 0 then succ q else q
  end
let unsigned_rem n d = sub n (mul (unsigned_div n d) d)
