(* Float (OCaml 4.13), with Float.Array over ordinary arrays of floats. *)
external neg : float -> float = "%negfloat"
external add : float -> float -> float = "%addfloat"
external sub : float -> float -> float = "%subfloat"
external mul : float -> float -> float = "%mulfloat"
external div : float -> float -> float = "%divfloat"
external fma : float -> float -> float -> float = "caml_fma_float"
external rem : float -> float -> float = "caml_fmod_float"
external abs : float -> float = "%absfloat"
external of_int : int -> float = "%floatofint"
external to_int : float -> int = "%intoffloat"
external of_string : string -> float = "caml_float_of_string"
external classify_float : float -> fpclass = "caml_classify_float"
external pow : float -> float -> float = "caml_power_float"
external sqrt : float -> float = "caml_sqrt_float"
external cbrt : float -> float = "caml_cbrt_float"
external exp : float -> float = "caml_exp_float"
external exp2 : float -> float = "caml_exp2_float"
external log : float -> float = "caml_log_float"
external log10 : float -> float = "caml_log10_float"
external log2 : float -> float = "caml_log2_float"
external expm1 : float -> float = "caml_expm1_float"
external log1p : float -> float = "caml_log1p_float"
external cos : float -> float = "caml_cos_float"
external sin : float -> float = "caml_sin_float"
external tan : float -> float = "caml_tan_float"
external acos : float -> float = "caml_acos_float"
external asin : float -> float = "caml_asin_float"
external atan : float -> float = "caml_atan_float"
external atan2 : float -> float -> float = "caml_atan2_float"
external hypot : float -> float -> float = "caml_hypot_float"
external cosh : float -> float = "caml_cosh_float"
external sinh : float -> float = "caml_sinh_float"
external tanh : float -> float = "caml_tanh_float"
external acosh : float -> float = "caml_acosh_float"
external asinh : float -> float = "caml_asinh_float"
external atanh : float -> float = "caml_atanh_float"
external erf : float -> float = "caml_erf_float"
external erfc : float -> float = "caml_erfc_float"
external trunc : float -> float = "caml_trunc_float"
external round : float -> float = "caml_round_float"
external ceil : float -> float = "caml_ceil_float"
external floor : float -> float = "caml_floor_float"
external next_after : float -> float -> float = "caml_nextafter_float"
external copy_sign : float -> float -> float = "caml_copysign_float"
external sign_bit : float -> bool = "caml_signbit_float"
external frexp : float -> float * int = "caml_frexp_float"
external ldexp : float -> int -> float = "caml_ldexp_float"
external modf : float -> float * float = "caml_modf_float"
external compare : float -> float -> int = "%compare"
external seeded_hash_param : int -> int -> int -> 'a -> int = "caml_hash"
type t = float

let zero = 0.
let one = 1.
let minus_one = -1.
let infinity = infinity
let neg_infinity = neg_infinity
let nan = nan
let pi = float_of_string "0x1.921fb54442d18p+1"
let max_float = max_float
let min_float = min_float
let epsilon = epsilon_float
let succ x = next_after x infinity
let pred x = next_after x neg_infinity
let is_finite x = x -. x = 0.
let is_infinite x = 1. /. x = 0.
let is_nan x = x <> x
let is_integer x = x = trunc x && is_finite x
let of_string_opt = float_of_string_opt
let to_string = string_of_float
let equal x y = compare x y = 0
(* [x] comes first: it is smaller, or they are equal and only [x] is negative (-0. < 0.). *)
let first x y = y > x || ((not (sign_bit y)) && sign_bit x)
let min x y = if first x y then (if is_nan y then y else x) else if is_nan x then x else y
let max x y = if first x y then (if is_nan x then x else y) else if is_nan y then y else x
let min_max x y =
  if is_nan x || is_nan y then (nan, nan) else if first x y then (x, y) else (y, x)
let min_num x y = if first x y then (if is_nan x then y else x) else if is_nan y then x else y
let max_num x y = if first x y then (if is_nan y then x else y) else if is_nan x then y else x
let min_max_num x y =
  if is_nan x then (y, y) else if is_nan y then (x, x) else if first x y then (x, y) else (y, x)
let hash x = seeded_hash_param 10 100 0 x

module Array = struct
  type t = float array
  let length = Array.length
  let get = Array.get
  let set = Array.set
  let unsafe_get = Array.unsafe_get
  let unsafe_set = Array.unsafe_set
  let make = Array.make
  let create = Array.create_float
  let init = Array.init
  let append = Array.append
  let concat = Array.concat
  let sub = Array.sub
  let copy = Array.copy
  let fill = Array.fill
  let blit = Array.blit
  let to_list = Array.to_list
  let of_list = Array.of_list
  let iter = Array.iter
  let iteri = Array.iteri
  let map = Array.map
  let mapi = Array.mapi
  let fold_left = Array.fold_left
  let fold_right = Array.fold_right
  let iter2 = Array.iter2
  let map2 = Array.map2
  let for_all = Array.for_all
  let exists = Array.exists
  let mem = Array.mem
  let mem_ieee x a = Array.exists (fun y -> x = y) a
  let sort = Array.sort
  let stable_sort = Array.stable_sort
  let fast_sort = Array.fast_sort
  let to_seq = Array.to_seq
  let to_seqi = Array.to_seqi
  let of_seq = Array.of_seq
  let map_to_array = Array.map
  let map_from_array = Array.map
end
