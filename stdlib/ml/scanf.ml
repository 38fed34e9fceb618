(* Scanf, reading its format at run time: the input is scanned for every conversion first,
   then the receiver is applied to the values read. A buffer over a Stdlib channel takes
   1024 bytes at a time from it, as OCaml's does: what it took is gone for the channel. *)

module Scanning = struct
  type in_channel = {
    next : unit -> char;  (* raises End_of_file *)
    mutable peeked : char option;
    mutable at_end : bool;
    mutable chars : int;  (* characters consumed *)
    mutable lines : int;
    name : string;
  }
  type scanbuf = in_channel
  type file_name = string

  let make name next = { next; peeked = None; at_end = false; chars = 0; lines = 0; name }
  let from_string s =
    let i = ref 0 in
    make "unnamed character string" (fun () ->
      if !i >= String.length s then raise End_of_file else begin let c = String.get s !i in incr i; c end)
  let from_function f = make "unnamed function" f
  let from_ic name ic =
    let buf = Bytes.create 1024 and len = ref 0 and pos = ref 0 in
    make name (fun () ->
      if !pos >= !len then begin
        len := Stdlib.input ic buf 0 1024;
        pos := 0
      end;
      if !len = 0 then raise End_of_file
      else begin let c = Bytes.get buf !pos in incr pos; c end)
  let from_channel ic = from_ic "unnamed Stdlib input channel" ic
  let stdin = from_channel Stdlib.stdin
  let stdib = stdin
  let open_in name = from_ic name (Stdlib.open_in name)
  let open_in_bin name = from_ic name (Stdlib.open_in_bin name)
  let from_file = open_in
  let from_file_bin = open_in_bin
  let close_in _ = ()
  let name_of_input ib = ib.name

  let peek ib =
    match ib.peeked with
    | Some _ as c -> c
    | None ->
      if ib.at_end then None
      else (match ib.next () with
        | c -> ib.peeked <- Some c; Some c
        | exception End_of_file -> ib.at_end <- true; None)
  let advance ib =
    (match ib.peeked with Some '\n' -> ib.lines <- ib.lines + 1 | _ -> ());
    ib.peeked <- None;
    ib.chars <- ib.chars + 1
  let end_of_input ib = peek ib = None
  let beginning_of_input ib = ib.chars = 0
end

exception Scan_failure of string

let fail ib msg = raise (Scan_failure (Printf.sprintf "scanf: bad input at char number %d: %s" ib.Scanning.chars msg))

open Scanning

let is_space c = c = ' ' || c = '\t' || c = '\n' || c = '\r'
let skip_spaces ib =
  let rec go () = match peek ib with Some c when is_space c -> advance ib; go () | _ -> () in
  go ()

(* Reads characters while [ok] holds, at most [width]. *)
let read_while ib width ok =
  let b = Buffer.create 16 in
  let rec go n =
    if n < width then
      match peek ib with
      | Some c when ok c -> Buffer.add_char b c; advance ib; go (n + 1)
      | _ -> () in
  go 0;
  Buffer.contents b

let is_digit c = c >= '0' && c <= '9'
let digit_kind = function
  | 'x' | 'X' -> ((fun c -> is_digit c || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')), "a valid hexadecimal digit", "0x")
  | 'o' -> ((fun c -> c >= '0' && c <= '7'), "a valid octal digit", "0o")
  | _ -> (is_digit, "a decimal digit", "")

(* An integer: sign, then digits of the conversion's base (and `_`); `%i` reads the base from
   a 0x, 0o or 0b prefix. *)
let read_int ib width conv =
  let sign = match peek ib with
    | Some ('-' | '+' as c) when width > 0 -> advance ib; String.make 1 c
    | _ -> "" in
  let width = width - String.length sign in
  let conv, prefix, width =
    if conv <> 'i' then (conv, "", width)
    else match peek ib with
      | Some '0' when width > 0 ->
        advance ib;
        (match peek ib with
         | Some ('x' | 'X') when width > 1 -> advance ib; ('x', "", width - 2)
         | Some ('o' | 'O') when width > 1 -> advance ib; ('o', "", width - 2)
         | Some ('b' | 'B') when width > 1 -> advance ib; ('b', "", width - 2)
         | _ -> ('d', "0", width - 1))
      | _ -> ('d', "", width) in
  let ok, what, base = match conv with
    | 'b' -> ((fun c -> c = '0' || c = '1'), "a binary digit", "0b")
    | c -> digit_kind c in
  if prefix = "" then begin
    match peek ib with
    | None -> raise End_of_file
    | Some c when not (ok c) -> fail ib (Printf.sprintf "character %C is not %s" c what)
    | Some _ -> ()
  end;
  let digits = read_while ib width (fun c -> ok c || c = '_') in
  let text = sign ^ base ^ prefix ^ digits in
  match int_of_string_opt text with Some n -> n | None -> fail ib "int_of_string"

let read_float ib width =
  let b = Buffer.create 16 in
  let n = ref 0 in
  let take ok = match peek ib with
    | Some c when !n < width && ok c -> Buffer.add_char b c; advance ib; incr n; true
    | _ -> false in
  ignore (take (fun c -> c = '-' || c = '+'));
  while take is_digit do () done;
  if take (fun c -> c = '.') then while take is_digit do () done;
  if take (fun c -> c = 'e' || c = 'E') then begin
    ignore (take (fun c -> c = '-' || c = '+'));
    while take is_digit do () done
  end;
  match float_of_string_opt (Buffer.contents b) with Some f -> f | None -> fail ib "float_of_string"

(* `%s`: up to a blank, or up to the scanning indication [stop] (consumed). *)
let read_string ib width stop =
  match stop with
  | Some s ->
    let r = read_while ib width (fun c -> c <> s) in
    (match peek ib with Some c when c = s -> advance ib | _ -> ());
    r
  | None -> read_while ib width (fun c -> not (is_space c))

let read_char ib = match peek ib with None -> raise End_of_file | Some c -> advance ib; c

let expect ib c =
  match peek ib with
  | None -> raise End_of_file
  | Some d -> if d = c then advance ib else fail ib (Printf.sprintf "looking for %C, found %C" c d)

(* An OCaml string or char literal, escapes and all. *)
let read_escape ib =
  match read_char ib with
  | 'n' -> '\n' | 't' -> '\t' | 'r' -> '\r' | 'b' -> '\b' | ' ' -> ' '
  | ('\\' | '"' | '\'') as c -> c
  | c when is_digit c ->
    let d2 = read_char ib in
    let d3 = read_char ib in
    Char.chr ((Char.code c - 48) * 100 + (Char.code d2 - 48) * 10 + (Char.code d3 - 48))
  | c -> fail ib (Printf.sprintf "illegal escape character %C" c)
let read_string_literal ib =
  expect ib '"';
  let b = Buffer.create 16 in
  let rec go () = match read_char ib with
    | '"' -> ()
    | '\\' -> Buffer.add_char b (read_escape ib); go ()
    | c -> Buffer.add_char b c; go () in
  go ();
  Buffer.contents b
let read_char_literal ib =
  expect ib '\'';
  let c = match read_char ib with '\\' -> read_escape ib | c -> c in
  expect ib '\'';
  c

let read_bool ib =
  let word = read_while ib 5 (fun c -> c >= 'a' && c <= 'z') in
  match word with
  | "true" -> true
  | "false" -> false
  | w -> fail ib (Printf.sprintf "invalid boolean '%s'" w)

(* `%[...]`: the set read from [fmt] at [i] (after `[`); the membership test and the index
   after `]`. *)
let char_set fmt i =
  let n = String.length fmt in
  let negate = i < n && String.get fmt i = '^' in
  let start = if negate then i + 1 else i in
  let close = try String.index_from fmt (if start < n && String.get fmt start = ']' then start + 1 else start) ']' with Not_found -> n in
  let body = String.sub fmt start (close - start) in
  let mem c =
    let len = String.length body in
    let rec go j =
      j < len
      && ((j + 2 < len && String.get body (j + 1) = '-' && c >= String.get body j && c <= String.get body (j + 2))
          || String.get body j = c
          || go (if j + 2 < len && String.get body (j + 1) = '-' then j + 3 else j + 1)) in
    go 0 in
  ((fun c -> if negate then not (mem c) else mem c), close + 1)

(* Scans [fmt] against [ib]; the values read, latest first. *)
let scan ib fmt =
  let n = String.length fmt in
  let rec go i acc =
    if i >= n then acc
    else match String.get fmt i with
      | ' ' | '\n' | '\t' -> skip_spaces ib; go (i + 1) acc
      | '%' when i + 1 < n -> conversion (i + 1) acc
      | '@' when i + 1 < n && String.get fmt (i + 1) = '@' -> expect ib '@'; go (i + 2) acc
      | c -> expect ib c; go (i + 1) acc
  and conversion i acc =
    let skip = String.get fmt i = '_' in
    let i = if skip then i + 1 else i in
    let j = ref i in
    while !j < n && is_digit (String.get fmt !j) do incr j done;
    let width = if !j > i then int_of_string (String.sub fmt i (!j - i)) else max_int in
    if !j < n && String.get fmt !j = '.' then begin incr j; while !j < n && is_digit (String.get fmt !j) do incr j done end;
    while !j < n && (match String.get fmt !j with 'l' | 'L' | 'n' -> !j + 1 < n && String.contains "diuxXo" (String.get fmt (!j + 1)) | _ -> false) do incr j done;
    let conv = if !j < n then String.get fmt !j else '%' in
    let next = !j + 1 in
    (* A scanning indication `@c` right after the conversion. *)
    let stop, next =
      if next + 1 < n && String.get fmt next = '@' then (Some (String.get fmt (next + 1)), next + 2) else (None, next) in
    let value v = if skip then acc else Obj.repr v :: acc in
    match conv with
    | '%' -> expect ib '%'; go next acc
    | ',' -> go next acc
    | '!' -> if peek ib <> None then fail ib "end of input not found" else go next acc
    | 'd' | 'i' | 'u' | 'x' | 'X' | 'o' -> go next (value (read_int ib width conv))
    | 'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'h' | 'H' -> go next (value (read_float ib width))
    | 's' -> go next (value (read_string ib width stop))
    | 'c' -> go next (value (read_char ib))
    | 'S' -> go next (value (read_string_literal ib))
    | 'C' -> go next (value (read_char_literal ib))
    | 'B' | 'b' -> go next (value (read_bool ib))
    | 'n' -> go next (value ib.chars)
    | 'l' -> go next (value ib.lines)
    | 'N' | 'L' -> go next (value 0)
    | '[' ->
      let ok, after = char_set fmt next in
      let stop, after =
        if after + 1 < n && String.get fmt after = '@' then (Some (String.get fmt (after + 1)), after + 2) else (stop, after) in
      let s = read_while ib width ok in
      (match stop with Some c -> (match peek ib with Some d when d = c -> advance ib | _ -> ()) | None -> ());
      go after (value s)
    | _ -> go next acc in
  go 0 []

let apply f values = List.fold_left (fun f v -> (Obj.magic f) (Obj.obj v)) (Obj.repr f) (List.rev values)

let bscanf ib fmt f = Obj.magic (apply f (scan ib fmt))
let kscanf ib ef fmt f = match scan ib fmt with
  | values -> Obj.magic (apply f values)
  | exception e -> ef ib e
let sscanf s fmt f = bscanf (Scanning.from_string s) fmt f
let ksscanf s ef fmt f = kscanf (Scanning.from_string s) ef fmt f
let scanf fmt f = bscanf Scanning.stdin fmt f
let kfscanf = kscanf
let bscanf_format ib _ f = f (read_string_literal ib)
let sscanf_format s _ f = f s
let format_from_string s _ = s
let unescaped s = sscanf ("\"" ^ s ^ "\"") "%S%!" (fun x -> x)
