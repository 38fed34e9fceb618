(* Int. *)
let zero = 0
let one = 1
let minus_one = -1
let neg x = - x
let add = ( + )
let sub = ( - )
let mul = ( * )
let div = ( / )
let rem = ( mod )
let succ = succ
let pred = pred
let abs = abs
let max_int = max_int
let min_int = min_int
let logand = ( land )
let logor = ( lor )
let logxor = ( lxor )
let lognot = lnot
let shift_left = ( lsl )
let shift_right = ( asr )
let shift_right_logical = ( lsr )
let equal (a : int) b = a = b
let compare (a : int) b = compare a b
let min (a : int) b = if a <= b then a else b
let max (a : int) b = if a >= b then a else b
let to_float = float_of_int
let of_float = int_of_float
let to_string = string_of_int
