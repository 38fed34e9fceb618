(* Sys: what a 64-bit Unix OCaml 4.13 reports; the command line and environment come from the
   host. *)
external host_argv : unit -> string array = "%host_argv"
external host_getenv : string -> string option = "%host_getenv"
external host_time : unit -> float = "%host_time"

let argv = host_argv ()
let executable_name = argv.(0)
let getenv_opt name = host_getenv name
let getenv name = match host_getenv name with Some v -> v | None -> raise Not_found
let word_size = 64
let int_size = 63
let big_endian = false
let max_string_length = 144115188075855863
let max_array_length = 18014398509481983
let os_type = "Unix"
let unix = true
let win32 = false
let cygwin = false
type backend_type = Native | Bytecode | Other of string
let backend_type = Bytecode
let ocaml_version = "4.13.1"
let interactive = ref false
let start = host_time ()
let time () = host_time () -. start
let opaque_identity x = x
exception Break
let catch_break _ = ()
