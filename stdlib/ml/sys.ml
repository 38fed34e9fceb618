(* Sys: what a 64-bit Unix OCaml 4.13 bytecode program reports; the command line and the
   environment come from the host, and there is no file system. *)
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
let max_floatarray_length = 18014398509481983
let os_type = "Unix"
let unix = true
let win32 = false
let cygwin = false
type backend_type = Native | Bytecode | Other of string
let backend_type = Bytecode
let ocaml_version = "4.13.1"
let runtime_variant () = ""
let runtime_parameters () = ""
let interactive = ref false
let start = host_time ()
let time () = host_time () -. start
external opaque_identity : 'a -> 'a = "%identity"

let file_exists _ = false
let is_directory name = raise (Sys_error (name ^ ": No such file or directory"))
let remove name = raise (Sys_error (name ^ ": No such file or directory"))
let rename name _ = raise (Sys_error (name ^ ": No such file or directory"))
let readdir name = raise (Sys_error (name ^ ": No such file or directory"))
let chdir name = raise (Sys_error (name ^ ": No such file or directory"))
let mkdir name _ = raise (Sys_error (name ^ ": Permission denied"))
let rmdir name = raise (Sys_error (name ^ ": No such file or directory"))
let getcwd () = "/"
let command _ = 127

exception Break
type signal_behavior = Signal_default | Signal_ignore | Signal_handle of (int -> unit)
let signal _ _ = Signal_default
let set_signal _ _ = ()
let catch_break _ = ()
let sigabrt = -1
let sigalrm = -2
let sigfpe = -3
let sighup = -4
let sigill = -5
let sigint = -6
let sigkill = -7
let sigpipe = -8
let sigquit = -9
let sigsegv = -10
let sigterm = -11
let sigusr1 = -12
let sigusr2 = -13
let sigchld = -14
let sigcont = -15
let sigstop = -16
let sigtstp = -17
let sigttin = -18
let sigttou = -19
let sigvtalrm = -20
let sigprof = -21
let sigbus = -22
let sigpoll = -23
let sigsys = -24
let sigtrap = -25
let sigurg = -26
let sigxcpu = -27
let sigxfsz = -28
let warnings = ref false
let enable_runtime_warnings b = warnings := b
let runtime_warnings_enabled () = !warnings
