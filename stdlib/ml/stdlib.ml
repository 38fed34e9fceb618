(* The Stdlib module: OCaml's pervasives over mlrun's primitives. *)

external raise : exn -> 'a = "%raise"
external raise_notrace : exn -> 'a = "%raise_notrace"

let failwith s = raise (Failure s)
let invalid_arg s = raise (Invalid_argument s)

exception Exit

external ( = ) : 'a -> 'a -> bool = "%equal"
external ( <> ) : 'a -> 'a -> bool = "%notequal"
external ( < ) : 'a -> 'a -> bool = "%lessthan"
external ( > ) : 'a -> 'a -> bool = "%greaterthan"
external ( <= ) : 'a -> 'a -> bool = "%lessequal"
external ( >= ) : 'a -> 'a -> bool = "%greaterequal"
external compare : 'a -> 'a -> int = "%compare"
let min x y = if x <= y then x else y
let max x y = if x >= y then x else y
external ( == ) : 'a -> 'a -> bool = "%eq"
external ( != ) : 'a -> 'a -> bool = "%noteq"

external not : bool -> bool = "%boolnot"
external ( && ) : bool -> bool -> bool = "%sequand"
external ( & ) : bool -> bool -> bool = "%sequand"
external ( || ) : bool -> bool -> bool = "%sequor"
external ( or ) : bool -> bool -> bool = "%sequor"

external ( ~- ) : int -> int = "%negint"
external ( ~+ ) : int -> int = "%identity"
external succ : int -> int = "%succint"
external pred : int -> int = "%predint"
external ( + ) : int -> int -> int = "%addint"
external ( - ) : int -> int -> int = "%subint"
external ( * ) : int -> int -> int = "%mulint"
external ( / ) : int -> int -> int = "%divint"
external ( mod ) : int -> int -> int = "%modint"
let abs x = if x >= 0 then x else -x
external ( lsl ) : int -> int -> int = "%lslint"
external ( lsr ) : int -> int -> int = "%lsrint"
external ( asr ) : int -> int -> int = "%asrint"
let max_int = (-1) lsr 1
let min_int = max_int + 1
external ( land ) : int -> int -> int = "%andint"
external ( lor ) : int -> int -> int = "%orint"
external ( lxor ) : int -> int -> int = "%xorint"
let lnot x = x lxor (-1)

external ( ~-. ) : float -> float = "%negfloat"
external ( ~+. ) : float -> float = "%identity"
external ( +. ) : float -> float -> float = "%addfloat"
external ( -. ) : float -> float -> float = "%subfloat"
external ( *. ) : float -> float -> float = "%mulfloat"
external ( /. ) : float -> float -> float = "%divfloat"
external ( ** ) : float -> float -> float = "caml_power_float"
external sqrt : float -> float = "caml_sqrt_float"
external exp : float -> float = "caml_exp_float"
external log : float -> float = "caml_log_float"
external floor : float -> float = "caml_floor_float"
external ceil : float -> float = "caml_ceil_float"
external abs_float : float -> float = "%absfloat"
external float : int -> float = "%floatofint"
external float_of_int : int -> float = "%floatofint"
external truncate : float -> int = "%intoffloat"
external int_of_float : float -> int = "%intoffloat"
let infinity = 1. /. 0.
let neg_infinity = -1. /. 0.

external string_length : string -> int = "%string_length"
external bytes_create : int -> bytes = "caml_create_bytes"
external string_blit : string -> int -> bytes -> int -> int -> unit = "caml_blit_string"
external bytes_unsafe_to_string : bytes -> string = "%bytes_to_string"
external ( ^ ) : string -> string -> string = "%string_concat"

external int_of_char : char -> int = "%identity"
external unsafe_char_of_int : int -> char = "%identity"
let char_of_int n = if n < 0 || n > 255 then invalid_arg "char_of_int" else unsafe_char_of_int n

external ignore : 'a -> unit = "%ignore"

let string_of_bool b = if b then "true" else "false"
let bool_of_string = function
  | "true" -> true
  | "false" -> false
  | _ -> invalid_arg "bool_of_string"
let bool_of_string_opt = function
  | "true" -> Some true
  | "false" -> Some false
  | _ -> None

external format_int : string -> int -> string = "caml_format_int"
let string_of_int n = format_int "%d" n
external int_of_string : string -> int = "caml_int_of_string"
let int_of_string_opt s = try Some (int_of_string s) with Failure _ -> None
external string_of_float : float -> string = "caml_string_of_float"
external float_of_string : string -> float = "caml_float_of_string"
(* OCaml's nan is a positive NaN (printed `nan`); 0. /. 0. is negative on x86 (`-nan`). *)
let nan = float_of_string "nan"
let float_of_string_opt s = try Some (float_of_string s) with Failure _ -> None

external fst : 'a * 'b -> 'a = "%field0"
external snd : 'a * 'b -> 'b = "%field1"

let rec ( @ ) l1 l2 = match l1 with [] -> l2 | h :: t -> h :: (t @ l2)

type in_channel = int
type out_channel = int
let stdin = 0
let stdout = 1
let stderr = 2

external output_string : out_channel -> string -> unit = "caml_ml_output_string"
external output_char : out_channel -> char -> unit = "caml_ml_output_char"
external flush : out_channel -> unit = "caml_ml_flush"

let print_char c = output_char stdout c
let print_string s = output_string stdout s
let print_bytes s = output_string stdout (bytes_unsafe_to_string s)
let print_int n = output_string stdout (string_of_int n)
let print_float f = output_string stdout (string_of_float f)
let print_endline s = output_string stdout s; output_char stdout '\n'; flush stdout
let print_newline () = output_char stdout '\n'; flush stdout
let prerr_char c = output_char stderr c
let prerr_string s = output_string stderr s
let prerr_int n = output_string stderr (string_of_int n)
let prerr_float f = output_string stderr (string_of_float f)
let prerr_endline s = output_string stderr s; output_char stderr '\n'; flush stderr
let prerr_newline () = output_char stderr '\n'; flush stderr
let flush_all () = flush stdout; flush stderr

type 'a ref = { mutable contents : 'a }
external ref : 'a -> 'a ref = "%makemutable"
external ( ! ) : 'a ref -> 'a = "%field0"
external ( := ) : 'a ref -> 'a -> unit = "%setfield0"
external incr : int ref -> unit = "%incr"
external decr : int ref -> unit = "%decr"

type ('a, 'b) result = Ok of 'a | Error of 'b

external ( |> ) : 'a -> ('a -> 'b) -> 'b = "%revapply"
external ( @@ ) : ('a -> 'b) -> 'a -> 'b = "%apply"

let exit_function = ref flush_all
let at_exit f =
  let g = !exit_function in
  exit_function := (fun () -> f (); g ())
let do_at_exit () = (!exit_function) ()
external sys_exit : int -> 'a = "caml_sys_exit"
let exit retcode = do_at_exit (); sys_exit retcode
