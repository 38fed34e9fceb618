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
external log10 : float -> float = "caml_log10_float"
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
external floor : float -> float = "caml_floor_float"
external ceil : float -> float = "caml_ceil_float"
external abs_float : float -> float = "%absfloat"
external copysign : float -> float -> float = "caml_copysign_float"
external mod_float : float -> float -> float = "caml_fmod_float"
external frexp : float -> float * int = "caml_frexp_float"
external ldexp : float -> int -> float = "caml_ldexp_float"
external modf : float -> float * float = "caml_modf_float"
external float : int -> float = "%floatofint"
external float_of_int : int -> float = "%floatofint"
external truncate : float -> int = "%intoffloat"
external int_of_float : float -> int = "%intoffloat"
let infinity = 1. /. 0.
let neg_infinity = -1. /. 0.
let epsilon_float = ldexp 1. (-52)
let max_float = ldexp (2. -. epsilon_float) 1023
let min_float = ldexp 1. (-1022)

type fpclass = FP_normal | FP_subnormal | FP_zero | FP_infinite | FP_nan
external classify_float : float -> fpclass = "caml_classify_float"

external string_length : string -> int = "%string_length"
external string_unsafe_get : string -> int -> char = "%string_unsafe_get"
external bytes_length : bytes -> int = "%bytes_length"
external bytes_create : int -> bytes = "caml_create_bytes"
external string_blit : string -> int -> bytes -> int -> int -> unit = "caml_blit_string"
external bytes_blit : bytes -> int -> bytes -> int -> int -> unit = "caml_blit_bytes"
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
let valid_float_lexem s =
  let l = string_length s in
  let rec loop i =
    if i >= l then s ^ "."
    else match string_unsafe_get s i with '0' .. '9' | '-' -> loop (i + 1) | _ -> s in
  loop 0

external fst : 'a * 'b -> 'a = "%field0"
external snd : 'a * 'b -> 'b = "%field1"

(* Not tail-recursive, as OCaml's. *)
let rec ( @ ) l1 l2 = match l1 with [] -> l2 | h :: t -> h :: (t @ l2)

type in_channel = int
type out_channel = int
let stdin = 0
let stdout = 1
let stderr = 2

external output_string : out_channel -> string -> unit = "caml_ml_output_string"
external output_char : out_channel -> char -> unit = "caml_ml_output_char"
external unsafe_output_string : out_channel -> string -> int -> int -> unit = "caml_ml_output"
external unsafe_output : out_channel -> bytes -> int -> int -> unit = "caml_ml_output_bytes"
external flush : out_channel -> unit = "caml_ml_flush"

let output_bytes oc b = unsafe_output oc b 0 (bytes_length b)
let output oc b ofs len =
  if ofs < 0 || len < 0 || ofs > bytes_length b - len then invalid_arg "output"
  else unsafe_output oc b ofs len
let output_substring oc s ofs len =
  if ofs < 0 || len < 0 || ofs > string_length s - len then invalid_arg "output_substring"
  else unsafe_output_string oc s ofs len
let output_byte oc n = output_char oc (unsafe_char_of_int (n land 255))
let output_binary_int oc n =
  output_byte oc (n asr 24); output_byte oc (n asr 16); output_byte oc (n asr 8); output_byte oc n
let set_binary_mode_out _ _ = ()
let close_out oc = flush oc
let close_out_noerr oc = try flush oc with _ -> ()

let print_char c = output_char stdout c
let print_string s = output_string stdout s
let print_bytes s = output_bytes stdout s
let print_int n = output_string stdout (string_of_int n)
let print_float f = output_string stdout (string_of_float f)
let print_endline s = output_string stdout s; output_char stdout '\n'; flush stdout
let print_newline () = output_char stdout '\n'; flush stdout
let prerr_char c = output_char stderr c
let prerr_string s = output_string stderr s
let prerr_bytes s = output_bytes stderr s
let prerr_int n = output_string stderr (string_of_int n)
let prerr_float f = output_string stderr (string_of_float f)
let prerr_endline s = output_string stderr s; output_char stderr '\n'; flush stderr
let prerr_newline () = output_char stderr '\n'; flush stderr
let flush_all () = flush stdout; flush stderr

(* Standard input, read from the host a chunk at a time as a channel's buffer is: [data] from
   [pos] on is read but not consumed yet. Programs cannot open files, so every in_channel is
   stdin. Lwt_io.stdin reads through a buffer of its own, as real Lwt_io's does. *)
external host_stdin_read : int -> string = "%host:stdin_read"
type in_buffer = { mutable data : string; mutable pos : int }
let stdin_buffer = { data = ""; pos = 0 }
let in_buffer_size = 65536

(* Whether unread bytes are buffered, reading a chunk of at most [size] if none are. *)
let in_buffer_fill b size =
  if b.pos < string_length b.data then true
  else begin
    let s = host_stdin_read size in
    b.data <- s;
    b.pos <- 0;
    string_length s > 0
  end

let in_buffer_take b n =
  let out = bytes_create n in
  string_blit b.data b.pos out 0 n;
  b.pos <- b.pos + n;
  bytes_unsafe_to_string out

let in_buffer_char b size =
  if in_buffer_fill b size then begin
    let c = string_unsafe_get b.data b.pos in
    b.pos <- b.pos + 1;
    c
  end else raise End_of_file

(* A line without its newline; the last one may lack it; End_of_file only with nothing left. *)
let in_buffer_line b size =
  let rec newline i = if i >= string_length b.data then -1 else if string_unsafe_get b.data i = '\n' then i else newline (i + 1) in
  let rec concat_rev acc = match acc with [] -> "" | [s] -> s | s :: rest -> concat_rev rest ^ s in
  let rec scan acc =
    if not (in_buffer_fill b size) then (match acc with [] -> raise End_of_file | _ -> concat_rev acc)
    else
      let nl = newline b.pos in
      if nl >= 0 then begin
        let line = in_buffer_take b (nl - b.pos) in
        b.pos <- b.pos + 1;
        concat_rev (line :: acc)
      end else scan (in_buffer_take b (string_length b.data - b.pos) :: acc) in
  scan []

(* At most [len] bytes into [buf], reading a chunk only when none is buffered; 0 at the end. *)
let in_buffer_input b size buf ofs len =
  if len = 0 || not (in_buffer_fill b size) then 0
  else begin
    let n = let left = string_length b.data - b.pos in if len < left then len else left in
    string_blit b.data b.pos buf ofs n;
    b.pos <- b.pos + n;
    n
  end

let input_char _ = in_buffer_char stdin_buffer in_buffer_size
let input_byte ic = int_of_char (input_char ic)
let input_line _ = in_buffer_line stdin_buffer in_buffer_size
let input _ buf ofs len =
  if ofs < 0 || len < 0 || ofs > bytes_length buf - len then invalid_arg "input"
  else in_buffer_input stdin_buffer in_buffer_size buf ofs len
let really_input ic buf ofs len =
  if ofs < 0 || len < 0 || ofs > bytes_length buf - len then invalid_arg "really_input"
  else begin
    let rec go ofs len =
      if len > 0 then begin
        let n = in_buffer_input stdin_buffer in_buffer_size buf ofs len in
        if n = 0 then raise End_of_file else go (ofs + n) (len - n)
      end in
    go ofs len
  end
let really_input_string ic len =
  if len < 0 then invalid_arg "really_input_string"
  else begin
    let buf = bytes_create len in
    really_input ic buf 0 len;
    bytes_unsafe_to_string buf
  end
let set_binary_mode_in _ _ = ()
let close_in _ = ()
let close_in_noerr _ = ()
let read_line () = flush stdout; input_line stdin
let read_int () = int_of_string (read_line ())
let read_int_opt () = int_of_string_opt (read_line ())
let read_float () = float_of_string (read_line ())
let read_float_opt () = float_of_string_opt (read_line ())

(* mlrun programs have no file system. *)
let open_out name = raise (Sys_error (name ^ ": Permission denied"))
let open_out_bin = open_out
let open_out_gen _ _ name = open_out name
let open_in name = raise (Sys_error (name ^ ": No such file or directory"))
let open_in_bin = open_in
let open_in_gen _ _ name = open_in name

type 'a ref = { mutable contents : 'a }
external ref : 'a -> 'a ref = "%makemutable"
external ( ! ) : 'a ref -> 'a = "%field0"
external ( := ) : 'a ref -> 'a -> unit = "%setfield0"
external incr : int ref -> unit = "%incr"
external decr : int ref -> unit = "%decr"

type ('a, 'b) result = Ok of 'a | Error of 'b

(* Without a type checker a format is its string. *)
external format_of_string : 'a -> 'a = "%identity"
external string_of_format : 'a -> string = "%identity"
let ( ^^ ) f1 f2 = f1 ^ f2

external ( |> ) : 'a -> ('a -> 'b) -> 'b = "%revapply"
external ( @@ ) : ('a -> 'b) -> 'a -> 'b = "%apply"

let exit_function = ref flush_all
let at_exit f =
  let g = !exit_function in
  exit_function := (fun () -> f (); g ())
let do_at_exit () = (!exit_function) ()
external sys_exit : int -> 'a = "caml_sys_exit"
let exit retcode = do_at_exit (); sys_exit retcode
