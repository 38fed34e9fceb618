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


type 'a ref = { mutable contents : 'a }
external ref : 'a -> 'a ref = "%makemutable"
external ( ! ) : 'a ref -> 'a = "%field0"
external ( := ) : 'a ref -> 'a -> unit = "%setfield0"
external incr : int ref -> unit = "%incr"
external decr : int ref -> unit = "%decr"

type ('a, 'b) result = Ok of 'a | Error of 'b

(* ---- files and input channels ----
   The host opens, reads and closes files (its `fs_*` services); a channel is the file's
   descriptor. Output goes through the runtime's channel buffers by descriptor; input is
   buffered here, 64 KiB a read, as OCaml's channels do (what a read takes from the buffer
   is then gone for any other reader of the channel, Scanf's included). *)
type open_flag =
  | Open_rdonly | Open_wronly | Open_append | Open_creat | Open_trunc | Open_excl
  | Open_binary | Open_text | Open_nonblock

external fs_open : string * int * int -> (int, string) result = "%host:fs_open"
external fs_read : int * int -> (string, string) result = "%host:fs_read"
external fs_close : int -> unit = "%host:fs_close"

external char_code : char -> int = "%identity"
let string_sub s ofs len =
  let r = bytes_create len in
  string_blit s ofs r 0 len;
  bytes_unsafe_to_string r

let sys_error name = function Ok v -> v | Error e -> raise (Sys_error (name ^ ": " ^ e))

let flag_bits = function
  | Open_rdonly -> 1 | Open_wronly -> 2 | Open_append -> 6 | Open_creat -> 8 | Open_trunc -> 16
  | Open_excl -> 32 | Open_binary | Open_text | Open_nonblock -> 0
let rec flags_bits acc = function [] -> acc | f :: r -> flags_bits (acc lor flag_bits f) r

let open_out_gen flags perm name = sys_error name (fs_open (name, flags_bits 0 flags, perm))
let open_out name = open_out_gen [ Open_wronly; Open_creat; Open_trunc; Open_text ] 0o666 name
let open_out_bin name = open_out_gen [ Open_wronly; Open_creat; Open_trunc; Open_binary ] 0o666 name
let close_out oc = flush oc; if oc > 2 then fs_close oc
let close_out_noerr oc = (try flush oc with _ -> ()); if oc > 2 then fs_close oc

type in_buffer = { fd : int; mutable data : string; mutable pos : int }
let in_buffers : in_buffer list ref = ref []
let rec find_buffer fd = function
  | [] -> let b = { fd; data = ""; pos = 0 } in in_buffers := b :: !in_buffers; b
  | b :: r -> if b.fd = fd then b else find_buffer fd r
let in_buffer fd = find_buffer fd !in_buffers

(* Whether bytes are buffered, reading once more if none are; false at the end. *)
let available b =
  b.pos < string_length b.data
  || begin
    b.data <- sys_error "input" (fs_read (b.fd, 65536));
    b.pos <- 0;
    string_length b.data > 0
  end

let open_in_gen flags perm name =
  let fd = sys_error name (fs_open (name, flags_bits 1 flags, perm)) in
  in_buffers := { fd; data = ""; pos = 0 } :: !in_buffers;
  fd
let open_in name = open_in_gen [ Open_rdonly; Open_text ] 0 name
let open_in_bin name = open_in_gen [ Open_rdonly; Open_binary ] 0 name
let close_in ic =
  let rec drop = function [] -> [] | b :: r -> if b.fd = ic then r else b :: drop r in
  in_buffers := drop !in_buffers;
  if ic > 2 then fs_close ic
let close_in_noerr ic = try close_in ic with _ -> ()
let set_binary_mode_in _ _ = ()

let input_char ic =
  let b = in_buffer ic in
  if available b then begin
    let c = string_unsafe_get b.data b.pos in
    b.pos <- b.pos + 1;
    c
  end else raise End_of_file
let input_byte ic = char_code (input_char ic)

let input ic buf ofs len =
  if ofs < 0 || len < 0 || ofs > bytes_length buf - len then invalid_arg "input"
  else begin
    let b = in_buffer ic in
    if len = 0 || not (available b) then 0
    else begin
      let n = min len (string_length b.data - b.pos) in
      string_blit b.data b.pos buf ofs n;
      b.pos <- b.pos + n;
      n
    end
  end

let rec really_input ic buf ofs len =
  if len > 0 then begin
    let n = input ic buf ofs len in
    if n = 0 then raise End_of_file;
    really_input ic buf (ofs + n) (len - n)
  end
let really_input_string ic len =
  let buf = bytes_create len in
  really_input ic buf 0 len;
  bytes_unsafe_to_string buf

(* The line's pieces are gathered latest first, then joined. *)
let input_line ic =
  let b = in_buffer ic in
  let rec scan pieces =
    if not (available b) then
      (match pieces with [] -> raise End_of_file | _ -> pieces)
    else begin
      let len = string_length b.data in
      let rec find i = if i >= len || string_unsafe_get b.data i = '\n' then i else find (i + 1) in
      let i = find b.pos in
      let piece = string_sub b.data b.pos (i - b.pos) in
      if i < len then begin b.pos <- i + 1; piece :: pieces end
      else begin b.pos <- len; scan (piece :: pieces) end
    end in
  match scan [] with
  | [ line ] -> line
  | pieces ->
    let rec join acc = function [] -> acc | p :: r -> join (p ^ acc) r in
    join "" pieces

external fs_length : int -> (int, string) result = "%host:fs_length"
let in_channel_length ic = sys_error "in_channel_length" (fs_length ic)
let read_line () = flush stdout; input_line stdin
let read_int () = int_of_string (read_line ())
let read_int_opt () = int_of_string_opt (read_line ())
let read_float () = float_of_string (read_line ())
let read_float_opt () = float_of_string_opt (read_line ())

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
