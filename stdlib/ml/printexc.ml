(* Printexc.to_string, with OCaml's special texts for the located failures. *)
external format_exception : exn -> string = "caml_format_exception"
let locfmt file line char width what =
  "File \"" ^ file ^ "\", line " ^ string_of_int line ^ ", characters " ^ string_of_int char ^ "-" ^ string_of_int (char + width) ^ ": " ^ what
let to_string = function
  | Out_of_memory -> "Out of memory"
  | Stack_overflow -> "Stack overflow"
  | Match_failure (file, line, char) -> locfmt file line char 5 "Pattern matching failed"
  | Assert_failure (file, line, char) -> locfmt file line char 6 "Assertion failed"
  | Undefined_recursive_module (file, line, char) -> locfmt file line char 6 "Undefined recursive module"
  | e -> format_exception e
let to_string_default = to_string
let print f x = try f x with e -> prerr_string ("Uncaught exception: " ^ to_string e ^ "\n"); raise e
let catch f x = try f x with e -> prerr_string ("Uncaught exception: " ^ to_string e ^ "\n"); exit 2
let record_backtrace _ = ()
let backtrace_status () = false
let get_backtrace () = ""
let print_backtrace _ = ()
let register_printer _ = ()
