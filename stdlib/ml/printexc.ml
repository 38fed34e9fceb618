(* Printexc: exceptions as OCaml's Printexc prints them (strings escaped, floats printed,
   other blocks as `_`), and registered printers, the latest first. *)

let printers = ref []

let locfmt file line char width what =
  Printf.sprintf "File \"%s\", line %d, characters %d-%d: %s" file line char (char + width) what

(* A constructor argument: ints (and chars) as numbers, strings quoted, floats, else `_`. *)
let field x i =
  let f = Obj.field x i in
  if Obj.is_int f then string_of_int (Obj.obj f)
  else if Obj.tag f = Obj.string_tag then Printf.sprintf "%S" (Obj.obj f)
  else if Obj.tag f = Obj.double_tag then string_of_float (Obj.obj f)
  else "_"
let fields x =
  match Obj.size x with
  | 0 | 1 -> ""
  | 2 -> "(" ^ field x 1 ^ ")"
  | n ->
    let rec rest i = if i >= n then "" else ", " ^ field x i ^ rest (i + 1) in
    "(" ^ field x 1 ^ rest 2 ^ ")"

let to_string_default = function
  | Out_of_memory -> "Out of memory"
  | Stack_overflow -> "Stack overflow"
  | Match_failure (file, line, char) -> locfmt file line char 5 "Pattern matching failed"
  | Assert_failure (file, line, char) -> locfmt file line char 6 "Assertion failed"
  | Undefined_recursive_module (file, line, char) -> locfmt file line char 6 "Undefined recursive module"
  | e ->
    let x = Obj.repr e in
    if Obj.tag x <> 0 then (Obj.obj (Obj.field x 0) : string)
    else (Obj.obj (Obj.field (Obj.field x 0) 0) : string) ^ fields x

let use_printers e =
  let rec go = function
    | [] -> None
    | p :: rest -> (match p e with None -> go rest | exception _ -> go rest | Some s -> Some s) in
  go !printers

let to_string e = match use_printers e with Some s -> s | None -> to_string_default e

let register_printer p = printers := p :: !printers

let eprintf_exn e = prerr_string ("Uncaught exception: " ^ to_string e ^ "\n"); flush stderr
let print f x = try f x with e -> eprintf_exn e; raise e
let catch f x = try f x with e -> eprintf_exn e; exit 2

(* No backtraces are recorded. *)
type raw_backtrace = unit
type backtrace_slot = unit
type location = { filename : string; line_number : int; start_char : int; end_char : int }
let record_backtrace _ = ()
let backtrace_status () = false
let get_backtrace () = ""
let print_backtrace _ = ()
let get_raw_backtrace () = ()
let print_raw_backtrace _ _ = ()
let raw_backtrace_to_string _ = ""
let raise_with_backtrace e _ = raise e
let get_callstack _ = ()
let raw_backtrace_length _ = 0
let backtrace_slots _ = None
let raw_backtrace_entries _ = [||]

let default_uncaught_exception_handler e _ =
  prerr_string ("Fatal error: exception " ^ to_string e ^ "\n");
  flush stderr
let uncaught_exception_handler = ref default_uncaught_exception_handler
let set_uncaught_exception_handler h = uncaught_exception_handler := h

let exn_slot x = let x = Obj.repr x in if Obj.tag x = 0 then Obj.field x 0 else x
let exn_slot_id x = Obj.obj (Obj.field (exn_slot x) 1)
let exn_slot_name x = Obj.obj (Obj.field (exn_slot x) 0)

(* What happens to an exception that escapes the program when Printexc is linked (the program
   uses Printexc or Fun): the at_exit functions run, then the handler prints it (with the
   registered printers), and the program exits with code 2. The runtime prints it itself
   otherwise. *)
let handle_uncaught_exception e =
  (try do_at_exit () with _ -> ());
  (try !uncaught_exception_handler e ()
   with e' ->
     prerr_string ("Fatal error: exception " ^ to_string e ^ "\n");
     prerr_string ("Fatal error in uncaught exception handler: exception " ^ to_string e' ^ "\n");
     flush stderr);
  sys_exit 2
