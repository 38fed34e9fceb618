(* Arg: command-line parsing, with OCaml's messages and usage layout. *)
type key = string
type doc = string
type usage_msg = string
type anon_fun = string -> unit

type spec =
  | Unit of (unit -> unit)
  | Bool of (bool -> unit)
  | Set of bool ref
  | Clear of bool ref
  | String of (string -> unit)
  | Set_string of string ref
  | Int of (int -> unit)
  | Set_int of int ref
  | Float of (float -> unit)
  | Set_float of float ref
  | Tuple of spec list
  | Symbol of string list * (string -> unit)
  | Rest of (string -> unit)
  | Rest_all of (string list -> unit)
  | Expand of (string -> string array)

exception Bad of string
exception Help of string

type error = Unknown of string | Wrong of string * string * string | Missing of string | Message of string
exception Stop of error

let rec assoc3 x = function
  | [] -> raise Not_found
  | (y1, y2, _) :: t -> if y1 = x then y2 else assoc3 x t

let make_symlist prefix sep suffix = function
  | [] -> "<none>"
  | h :: t -> List.fold_left (fun x y -> x ^ sep ^ y) (prefix ^ h) t ^ suffix

let print_spec buf (key, spec, doc) =
  if String.length doc > 0 then
    match spec with
    | Symbol (l, _) -> Printf.bprintf buf "  %s %s%s\n" key (make_symlist "{" "|" "}" l) doc
    | _ -> Printf.bprintf buf "  %s %s\n" key doc

let help_action () = raise (Stop (Unknown "-help"))

let add_help speclist =
  let missing k = match assoc3 k speclist with _ -> false | exception Not_found -> true in
  let add1 = if missing "-help" then [ ("-help", Unit help_action, " Display this list of options") ] else [] in
  let add2 = if missing "--help" then [ ("--help", Unit help_action, " Display this list of options") ] else [] in
  speclist @ (add1 @ add2)

let usage_b buf speclist errmsg =
  Printf.bprintf buf "%s\n" errmsg;
  List.iter (print_spec buf) (add_help speclist)
let usage_string speclist errmsg = let b = Buffer.create 200 in usage_b b speclist errmsg; Buffer.contents b
let usage speclist errmsg = prerr_string (usage_string speclist errmsg)

let current = ref 0

(* `-key=value` *)
let split s =
  let i = String.index s '=' in
  (String.sub s 0 i, String.sub s (i + 1) (String.length s - i - 1))

let parse_gen allow_expand current argv speclist anonfun errmsg =
  let initpos = !current in
  let convert_error error =
    let b = Buffer.create 200 in
    let progname = if initpos < Array.length !argv then !argv.(initpos) else "(?)" in
    (match error with
     | Unknown ("-help" | "--help") -> ()
     | Unknown s -> Printf.bprintf b "%s: unknown option '%s'.\n" progname s
     | Missing s -> Printf.bprintf b "%s: option '%s' needs an argument.\n" progname s
     | Wrong (opt, arg, expected) ->
       Printf.bprintf b "%s: wrong argument '%s'; option '%s' expects %s.\n" progname arg opt expected
     | Message s -> Printf.bprintf b "%s: %s.\n" progname s);
    usage_b b !speclist errmsg;
    if error = Unknown "-help" || error = Unknown "--help" then Help (Buffer.contents b) else Bad (Buffer.contents b) in
  incr current;
  while !current < Array.length !argv do
    (try
      let s = !argv.(!current) in
      if String.length s >= 1 && String.get s 0 = '-' then begin
        let action, follow =
          match assoc3 s !speclist with
          | a -> (a, None)
          | exception Not_found ->
            (match split s with
             | (keyword, arg) -> (try (assoc3 keyword !speclist, Some arg) with Not_found -> raise (Stop (Unknown s)))
             | exception Not_found -> raise (Stop (Unknown s))) in
        let no_arg () = match follow with None -> () | Some arg -> raise (Stop (Wrong (s, arg, "no argument"))) in
        let get_arg () = match follow with
          | None -> if !current + 1 < Array.length !argv then !argv.(!current + 1) else raise (Stop (Missing s))
          | Some arg -> arg in
        let consume_arg () = match follow with None -> incr current | Some _ -> () in
        let converted conv what f =
          let arg = get_arg () in
          (match conv arg with None -> raise (Stop (Wrong (s, arg, what))) | Some x -> f x);
          consume_arg () in
        let rec treat_action = function
          | Unit f -> no_arg (); f ()
          | Bool f -> converted bool_of_string_opt "a boolean" f
          | Set r -> no_arg (); r := true
          | Clear r -> no_arg (); r := false
          | String f -> let arg = get_arg () in f arg; consume_arg ()
          | Symbol (symb, f) ->
            let arg = get_arg () in
            if List.mem arg symb then begin f arg; consume_arg () end
            else raise (Stop (Wrong (s, arg, "one of: " ^ make_symlist "" " " "" symb)))
          | Set_string r -> r := get_arg (); consume_arg ()
          | Int f -> converted int_of_string_opt "an integer" f
          | Set_int r -> converted int_of_string_opt "an integer" (fun x -> r := x)
          | Float f -> converted float_of_string_opt "a float" f
          | Set_float r -> converted float_of_string_opt "a float" (fun x -> r := x)
          | Tuple specs -> no_arg (); List.iter treat_action specs
          | Rest f ->
            no_arg ();
            while !current < Array.length !argv - 1 do f !argv.(!current + 1); consume_arg () done
          | Rest_all f ->
            no_arg ();
            let acc = ref [] in
            while !current < Array.length !argv - 1 do acc := !argv.(!current + 1) :: !acc; consume_arg () done;
            f (List.rev !acc)
          | Expand f ->
            if not allow_expand then
              invalid_arg "Arg.Expand is is only allowed with Arg.parse_and_expand_argv_dynamic";
            let arg = get_arg () in
            let newarg = f arg in
            consume_arg ();
            let before = Array.sub !argv 0 (!current + 1)
            and after = Array.sub !argv (!current + 1) (Array.length !argv - !current - 1) in
            argv := Array.concat [ before; newarg; after ] in
        treat_action action
      end
      else anonfun s
    with
    | Bad m -> raise (convert_error (Message m))
    | Stop e -> raise (convert_error e));
    incr current
  done

let parse_and_expand_argv_dynamic current argv speclist anonfun errmsg =
  parse_gen true current argv speclist anonfun errmsg
let parse_argv_dynamic ?(current = current) argv speclist anonfun errmsg =
  parse_gen false current (ref argv) speclist anonfun errmsg
let parse_argv ?(current = current) argv speclist anonfun errmsg =
  parse_gen false current (ref argv) (ref speclist) anonfun errmsg

let handle f = try f () with
  | Bad msg -> prerr_string msg; exit 2
  | Help msg -> print_string msg; exit 0
let parse l f msg = handle (fun () -> parse_argv Sys.argv l f msg)
let parse_dynamic l f msg = handle (fun () -> parse_argv_dynamic Sys.argv l f msg)
let parse_expand l f msg =
  handle (fun () -> let argv = ref Sys.argv in let spec = ref l in parse_and_expand_argv_dynamic current argv spec f msg)

let second_word s =
  let len = String.length s in
  let rec loop n = if n >= len then len else if String.get s n = ' ' then loop (n + 1) else n in
  match String.index s '\t' with
  | n -> loop (n + 1)
  | exception Not_found -> (match String.index s ' ' with n -> loop (n + 1) | exception Not_found -> len)

let max_arg_len cur (kwd, spec, doc) =
  match spec with
  | Symbol _ -> max cur (String.length kwd)
  | _ -> max cur (String.length kwd + second_word doc)

let replace_leading_tab s =
  let seen = ref false in
  String.map (function '\t' when not !seen -> seen := true; ' ' | c -> c) s

let add_padding len ksd =
  match ksd with
  | (_, _, "") -> ksd
  | (kwd, (Symbol _ as spec), msg) ->
    let cutcol = second_word msg in
    let spaces = String.make (max 0 (len - cutcol) + 3) ' ' in
    (kwd, spec, "\n" ^ spaces ^ replace_leading_tab msg)
  | (kwd, spec, msg) ->
    let cutcol = second_word msg in
    let diff = len - String.length kwd - cutcol in
    if diff <= 0 then (kwd, spec, replace_leading_tab msg)
    else begin
      let spaces = String.make diff ' ' in
      let prefix = String.sub (replace_leading_tab msg) 0 cutcol in
      let suffix = String.sub msg cutcol (String.length msg - cutcol) in
      (kwd, spec, prefix ^ spaces ^ suffix)
    end

let align ?(limit = max_int) speclist =
  let completed = add_help speclist in
  let len = List.fold_left max_arg_len 0 completed in
  let len = min len limit in
  List.map (add_padding len) completed

let read_arg _ = raise (Sys_error "no file system")
let read_arg0 = read_arg
let write_arg _ _ = raise (Sys_error "no file system")
let write_arg0 = write_arg
