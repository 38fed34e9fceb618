(* Yojson 2: JSON trees as polymorphic variants, read and written as Yojson 2.0 does it,
   down to its error messages (recorded in conformance/json). Safe and Basic share the code:
   Safe also reads tuples, variants and integers too big for an int (`Intlit). *)

exception Json_error of string
exception End_of_array
exception End_of_object
exception End_of_tuple
exception End_of_input

let json_error s = raise (Json_error s)

(* ---- Writing ---- *)

let hex = "0123456789abcdef"

let write_string b s =
  Buffer.add_char b '"';
  String.iter (fun c ->
    match c with
    | '"' -> Buffer.add_string b "\\\""
    | '\\' -> Buffer.add_string b "\\\\"
    | '\n' -> Buffer.add_string b "\\n"
    | '\r' -> Buffer.add_string b "\\r"
    | '\t' -> Buffer.add_string b "\\t"
    | '\b' -> Buffer.add_string b "\\b"
    | '\012' -> Buffer.add_string b "\\f"
    | c when Char.code c < 0x20 || Char.code c = 0x7f ->
      Buffer.add_string b "\\u00";
      Buffer.add_char b hex.[Char.code c lsr 4];
      Buffer.add_char b hex.[Char.code c land 15]
    | c -> Buffer.add_char b c)
    s;
  Buffer.add_char b '"'

let json_string_of_string s = let b = Buffer.create (String.length s + 2) in write_string b s; Buffer.contents b

(* Digits only (and a sign): the float needs ".0" to read back as a float. *)
let float_needs_period s =
  let rec go i = i >= String.length s || (match s.[i] with '0' .. '9' | '-' -> go (i + 1) | _ -> false) in
  go 0

(* The shortest of %.16g and %.17g that reads back as [x]. *)
let json_string_of_finite x =
  let s1 = Printf.sprintf "%.16g" x in
  let s = if float_of_string s1 = x then s1 else Printf.sprintf "%.17g" x in
  if float_needs_period s then s ^ ".0" else s

let json_string_of_float ~std x =
  match classify_float x with
  | FP_nan -> if std then json_error "NaN value not allowed in standard JSON" else "NaN"
  | FP_infinite ->
    if x > 0. then (if std then json_error "Infinity value not allowed in standard JSON" else "Infinity")
    else if std then json_error "-Infinity value not allowed in standard JSON" else "-Infinity"
  | _ -> json_string_of_finite x

let rec write_json std b = function
  | `Null -> Buffer.add_string b "null"
  | `Bool x -> Buffer.add_string b (if x then "true" else "false")
  | `Int i -> Buffer.add_string b (string_of_int i)
  | `Intlit s -> Buffer.add_string b s
  | `Float f -> Buffer.add_string b (json_string_of_float ~std f)
  | `String s -> write_string b s
  | `Assoc l ->
    Buffer.add_char b '{';
    List.iteri (fun i (k, v) ->
      if i > 0 then Buffer.add_char b ',';
      write_string b k; Buffer.add_char b ':'; write_json std b v) l;
    Buffer.add_char b '}'
  | `List l -> write_seq std b '[' ']' l
  | `Tuple l -> if std then write_seq std b '[' ']' l else write_seq std b '(' ')' l
  | `Variant (name, arg) ->
    if std then
      (match arg with
       | None -> write_string b name
       | Some v -> write_seq std b '[' ']' [`String name; v])
    else begin
      Buffer.add_char b '<';
      write_string b name;
      (match arg with Some v -> Buffer.add_char b ':'; write_json std b v | None -> ());
      Buffer.add_char b '>'
    end
and write_seq std b op cl l =
  Buffer.add_char b op;
  List.iteri (fun i v -> if i > 0 then Buffer.add_char b ','; write_json std b v) l;
  Buffer.add_char b cl

let to_string ?buf ?len ?suf ?(std = false) x =
  let b = Buffer.create 256 in
  write_json std b x;
  (match suf with Some s -> Buffer.add_string b s | None -> ());
  Buffer.contents b

let to_buffer ?suf ?(std = false) b x =
  write_json std b x;
  match suf with Some s -> Buffer.add_string b s | None -> ()

let to_channel ?buf ?len ?suf ?std oc x = output_string oc (to_string ?suf ?std x)

(* ---- Pretty-printing, through Format's boxes as Yojson 2 lays them out ---- *)

let pp_list sep ppx out l =
  let pp_sep out () = Format.fprintf out "%s@ " sep in
  Format.pp_print_list ~pp_sep ppx out l

(* A list of atoms fills lines (hov); any other list puts each element on its own line once
   it does not fit on one (hv). *)
let is_atom = function
  | `Null | `Bool _ | `Int _ | `Float _ | `String _ | `Intlit _
  | `List [] | `Assoc [] | `Tuple [] | `Variant (_, None) -> true
  | _ -> false

let rec format std out = function
  | `Null -> Format.pp_print_string out "null"
  | `Bool x -> Format.pp_print_bool out x
  | `Int i -> Format.pp_print_string out (string_of_int i)
  | `Intlit s -> Format.pp_print_string out s
  | `Float f -> Format.pp_print_string out (json_string_of_float ~std f)
  | `String s -> Format.pp_print_string out (json_string_of_string s)
  | `List [] -> Format.pp_print_string out "[]"
  | `List l when List.for_all is_atom l ->
    Format.fprintf out "[@;<1 0>@[<hov>%a@]@;<1 -2>]" (pp_list "," (format_elem std)) l
  | `List l -> Format.fprintf out "[@;<1 0>@[<hv>%a@]@;<1 -2>]" (pp_list "," (format_elem std)) l
  | `Assoc [] -> Format.pp_print_string out "{}"
  | `Assoc l -> Format.fprintf out "{@;<1 0>%a@;<1 -2>}" (pp_list "," (format_field std)) l
  | `Tuple l ->
    if std then format std out (`List l)
    else if l = [] then Format.pp_print_string out "()"
    else Format.fprintf out "(@,%a@;<0 -2>)" (pp_list "," (format_elem std)) l
  | `Variant (s, None) ->
    if std then format std out (`String s)
    else Format.fprintf out "<%s>" (json_string_of_string s)
  | `Variant (s, Some x) ->
    if std then format std out (`List [`String s; x])
    else Format.fprintf out "<@[<hv2>%s: %a@]>" (json_string_of_string s) (format std) x
(* Each composite element of a list or tuple breaks, if it must, relative to where it
   starts; atoms get no box of their own (a box opened past Format's max indent would force
   a break). *)
and format_elem std out x =
  if is_atom x then format std out x else Format.fprintf out "@[<hv2>%a@]" (format std) x
and format_field std out (name, x) =
  Format.fprintf out "@[<hv2>%s: %a@]" (json_string_of_string name) (format std) x

let pretty_print ?(std = false) out x = Format.fprintf out "@[<hv2>%a@]" (format std) x
let pretty_to_string ?(std = false) x = Format.asprintf "%a" (pretty_print ~std) x
let pretty_to_channel ?std oc x =
  let f = Format.formatter_of_out_channel oc in
  Format.fprintf f "%a@?" (pretty_print ?std) x

(* ---- Reading ---- *)

(* The reader's state: the text, where it is, and the line it is on (for messages). *)
type reader = {
  text : string; mutable pos : int; mutable lnum : int; mutable bol : int; safe : bool;
  fname : string option;
}

let at_end r = r.pos >= String.length r.text
let peek r = if at_end r then None else Some r.text.[r.pos]

(* Messages quote the offending token's first character and at most 32 more, whatever they
   are (newlines included). *)
let junk_end r pos = min (String.length r.text) (pos + 32)

(* Messages name the bytes of the line: "bytes S-E" from the token's start to the end of the
   quoted junk; an error found before any character (end of input, junk after the value)
   starts one byte earlier, as Yojson's lexer counts them. *)
let error_at r start stop descr =
  let a = start - r.bol and b = stop - r.bol in
  let bytes = if a = b then Printf.sprintf "byte %d" a else Printf.sprintf "bytes %d-%d" a b in
  let where = match r.fname with None -> "Line" | Some f -> "File " ^ f ^ ", line" in
  json_error (Printf.sprintf "%s %d, %s:\n%s" where r.lnum bytes descr)

let long_error r start descr =
  let stop = junk_end r (min (String.length r.text) (start + 1)) in
  error_at r start stop (Printf.sprintf "%s '%s'" descr (String.sub r.text start (stop - start)))

let eof_error r = error_at r (r.pos - 1) r.pos "Unexpected end of input"

let rec skip_space r =
  match peek r with
  | Some '\n' -> r.pos <- r.pos + 1; r.lnum <- r.lnum + 1; r.bol <- r.pos; skip_space r
  | Some (' ' | '\t' | '\r') -> r.pos <- r.pos + 1; skip_space r
  | Some '/' when r.pos + 1 < String.length r.text && r.text.[r.pos + 1] = '*' ->
    r.pos <- r.pos + 2;
    let rec close () =
      if at_end r then error_at r (r.pos - 1) r.pos "Unterminated comment ''"
      else if r.text.[r.pos] = '*' && r.pos + 1 < String.length r.text && r.text.[r.pos + 1] = '/' then r.pos <- r.pos + 2
      else begin
        if r.text.[r.pos] = '\n' then begin r.lnum <- r.lnum + 1; r.bol <- r.pos + 1 end;
        r.pos <- r.pos + 1; close ()
      end in
    close (); skip_space r
  | Some '/' when r.pos + 1 < String.length r.text && r.text.[r.pos + 1] = '/' ->
    while not (at_end r) && r.text.[r.pos] <> '\n' do r.pos <- r.pos + 1 done;
    skip_space r
  | _ -> ()

let is_digit c = c >= '0' && c <= '9'
let is_ident_start c = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c = '_'
let is_ident_char c = is_ident_start c || is_digit c

let looking_at r s =
  let n = String.length s in
  r.pos + n <= String.length r.text && String.sub r.text r.pos n = s

let utf8_of_code b x =
  let add i = Buffer.add_char b (Char.chr i) in
  if x < 0x80 then add x
  else if x < 0x800 then begin add (0xc0 lor (x lsr 6)); add (0x80 lor (x land 0x3f)) end
  else if x < 0x10000 then begin
    add (0xe0 lor (x lsr 12)); add (0x80 lor ((x lsr 6) land 0x3f)); add (0x80 lor (x land 0x3f))
  end else begin
    add (0xf0 lor (x lsr 18)); add (0x80 lor ((x lsr 12) land 0x3f));
    add (0x80 lor ((x lsr 6) land 0x3f)); add (0x80 lor (x land 0x3f))
  end

let hex_value c =
  match c with
  | '0' .. '9' -> Some (Char.code c - 48)
  | 'a' .. 'f' -> Some (Char.code c - 87)
  | 'A' .. 'F' -> Some (Char.code c - 55)
  | _ -> None

(* Four hex digits at [pos], if there are. *)
let hex4 r pos =
  if pos + 4 > String.length r.text then None
  else
    let rec go i acc =
      if i = 4 then Some acc
      else match hex_value r.text.[pos + i] with Some v -> go (i + 1) (acc * 16 + v) | None -> None in
    go 0 0

(* After the opening quote. *)
let read_string r =
  let b = Buffer.create 16 in
  let rec go () =
    match peek r with
    | None -> eof_error r
    | Some '"' -> r.pos <- r.pos + 1; Buffer.contents b
    | Some '\\' ->
      r.pos <- r.pos + 1;
      (match peek r with
       | None -> eof_error r
       | Some c ->
         let simple ch = Buffer.add_char b ch; r.pos <- r.pos + 1 in
         (match c with
          | '"' -> simple '"' | '\\' -> simple '\\' | '/' -> simple '/'
          | 'b' -> simple '\b' | 'f' -> simple '\012' | 'n' -> simple '\n'
          | 'r' -> simple '\r' | 't' -> simple '\t'
          | 'u' ->
            (match hex4 r (r.pos + 1) with
             | None -> long_error r r.pos "Invalid escape sequence"
             | Some x when x >= 0xd800 && x <= 0xdbff ->
               r.pos <- r.pos + 5;
               if looking_at r "\\u" then
                 match hex4 r (r.pos + 2) with
                 | Some y when y >= 0xdc00 && y <= 0xdfff ->
                   r.pos <- r.pos + 6;
                   utf8_of_code b (0x10000 + ((x - 0xd800) lsl 10) + (y - 0xdc00))
                 | _ -> long_error r r.pos "Invalid low surrogate for code point beyond U+FFFF"
               else if at_end r then eof_error r
               else long_error r r.pos "Missing escape sequence representing low surrogate for code point beyond U+FFFF"
             | Some x -> r.pos <- r.pos + 5; utf8_of_code b x)
          | _ -> long_error r r.pos "Invalid escape sequence"));
      go ()
    | Some c -> Buffer.add_char b c; r.pos <- r.pos + 1; go () in
  go ()

let read_digits r = while not (at_end r) && is_digit r.text.[r.pos] do r.pos <- r.pos + 1 done

(* A number: an int (or `Intlit when it does not fit), or a float; NaN and the infinities
   as Yojson writes them. [start] is where it begins, sign included. *)
let read_number r start =
  if looking_at r "NaN" then begin r.pos <- r.pos + 3; `Float nan end
  else if looking_at r "Infinity" then begin r.pos <- r.pos + 8; `Float infinity end
  else if r.pos > start && looking_at r "Infinity" then `Float neg_infinity
  else if at_end r || not (is_digit r.text.[r.pos]) then long_error r start "Invalid token"
  else begin
    if r.text.[r.pos] = '0' then r.pos <- r.pos + 1 else read_digits r;
    let int_end = r.pos in
    let is_float = ref false in
    if looking_at r "." && r.pos + 1 < String.length r.text && is_digit r.text.[r.pos + 1] then begin
      r.pos <- r.pos + 1; read_digits r; is_float := true
    end;
    (match peek r with
     | Some ('e' | 'E') ->
       let save = r.pos in
       r.pos <- r.pos + 1;
       (match peek r with Some ('+' | '-') -> r.pos <- r.pos + 1 | _ -> ());
       if not (at_end r) && is_digit r.text.[r.pos] then begin read_digits r; is_float := true end
       else r.pos <- save
     | _ -> ());
    let s = String.sub r.text start (r.pos - start) in
    if !is_float then `Float (float_of_string s)
    else begin
      ignore int_end;
      match int_of_string_opt s with
      | Some i -> `Int i
      | None ->
        if r.safe then `Intlit s
        else error_at r (start - 1) r.pos (Printf.sprintf "Int overflow '%s'" s)
    end
  end

let read_ident r =
  let start = r.pos in
  while not (at_end r) && is_ident_char r.text.[r.pos] do r.pos <- r.pos + 1 done;
  String.sub r.text start (r.pos - start)

let rec read_value r =
  skip_space r;
  let start = r.pos in
  match peek r with
  | None -> eof_error r
  | Some '"' -> r.pos <- r.pos + 1; `String (read_string r)
  | Some '{' -> r.pos <- r.pos + 1; read_object r
  | Some '[' -> r.pos <- r.pos + 1; `List (read_seq r ']' "Expected ',' or ']' but found")
  | Some '(' when r.safe -> r.pos <- r.pos + 1; `Tuple (read_seq r ')' "Expected ',' or ')' but found")
  | Some '<' when r.safe -> r.pos <- r.pos + 1; read_variant r
  | Some ('-' | '0' .. '9' | 'N' | 'I') as c ->
    if c = Some '-' then begin
      r.pos <- r.pos + 1;
      if looking_at r "Infinity" then begin r.pos <- r.pos + 8; `Float neg_infinity end
      else if at_end r || not (is_digit r.text.[r.pos]) then long_error r start "Invalid token"
      else read_number r start
    end else if c = Some 'N' && not (looking_at r "NaN") then long_error r start "Invalid token"
    else if c = Some 'I' && not (looking_at r "Infinity") then long_error r start "Invalid token"
    else read_number r start
  | Some _ ->
    if looking_at r "null" && not (r.pos + 4 < String.length r.text && is_ident_char r.text.[r.pos + 4]) then begin r.pos <- r.pos + 4; `Null end
    else if looking_at r "true" then begin r.pos <- r.pos + 4; `Bool true end
    else if looking_at r "false" then begin r.pos <- r.pos + 5; `Bool false end
    else long_error r start "Invalid token"

and read_seq r close sep_msg =
  skip_space r;
  if peek r = Some close then begin r.pos <- r.pos + 1; [] end
  else begin
    let rec go acc =
      let v = read_value r in
      skip_space r;
      match peek r with
      | None -> eof_error r
      | Some ',' -> r.pos <- r.pos + 1; go (v :: acc)
      | Some c when c = close -> r.pos <- r.pos + 1; List.rev (v :: acc)
      | Some _ -> long_error r r.pos sep_msg in
    go []
  end

and read_key r =
  skip_space r;
  match peek r with
  | None -> eof_error r
  | Some '"' -> r.pos <- r.pos + 1; read_string r
  | Some c when is_ident_start c -> read_ident r
  | Some _ -> long_error r r.pos "Expected string or identifier but found"

and read_object r =
  skip_space r;
  if peek r = Some '}' then begin r.pos <- r.pos + 1; `Assoc [] end
  else begin
    let rec go acc =
      let k = read_key r in
      skip_space r;
      (match peek r with
       | None -> eof_error r
       | Some ':' -> r.pos <- r.pos + 1
       | Some _ -> long_error r r.pos "Expected ':' but found");
      let v = read_value r in
      skip_space r;
      match peek r with
      | None -> eof_error r
      | Some ',' -> r.pos <- r.pos + 1; go ((k, v) :: acc)
      | Some '}' -> r.pos <- r.pos + 1; `Assoc (List.rev ((k, v) :: acc))
      | Some _ -> long_error r r.pos "Expected ',' or '}' but found" in
    go []
  end

and read_variant r =
  let name = read_key r in
  skip_space r;
  match peek r with
  | None -> eof_error r
  | Some '>' -> r.pos <- r.pos + 1; `Variant (name, None)
  | Some ':' ->
    r.pos <- r.pos + 1;
    let v = read_value r in
    skip_space r;
    (match peek r with
     | None -> eof_error r
     | Some '>' -> r.pos <- r.pos + 1; `Variant (name, Some v)
     | Some _ -> long_error r r.pos "Expected '>' but found")
  | Some _ -> long_error r r.pos "Expected ':' or '>' but found"

let read_all ~safe ?fname ?(lnum = 1) s =
  let r = { text = s; pos = 0; lnum; bol = 0; safe; fname } in
  skip_space r;
  if at_end r then json_error "Blank input data";
  let v = read_value r in
  skip_space r;
  if not (at_end r) then begin
    let stop = junk_end r r.pos in
    error_at r (r.pos - 1) stop
      (Printf.sprintf "Junk after end of JSON value: '%s'" (String.sub r.text r.pos (stop - r.pos)))
  end;
  v

let rec read_channel_all ic b =
  match input_char ic with
  | c -> Buffer.add_char b c; read_channel_all ic b
  | exception End_of_file -> Buffer.contents b

(* ---- Accessors ---- *)

let typeof = function
  | `Assoc _ -> "object"
  | `Bool _ -> "bool"
  | `Float _ -> "float"
  | `Int _ -> "int"
  | `List _ -> "array"
  | `Null -> "null"
  | `String _ -> "string"
  | `Intlit _ -> "intlit"
  | `Tuple _ -> "tuple"
  | `Variant _ -> "variant"

(* Safe's and Basic's Util each have exceptions of their own, as in Yojson. *)
module Make_util (J : sig type t end) = struct
  exception Type_error of string * J.t
  exception Undefined of string * J.t

  let typerr msg js = raise (Type_error (msg ^ typeof js, js))

  let assoc name obj = try List.assoc name obj with Not_found -> `Null

  let member name = function
    | `Assoc obj -> assoc name obj
    | js -> typerr ("Can't get member '" ^ name ^ "' of non-object type ") js

  let rec path l obj =
    match l with
    | [] -> Some obj
    | key :: rest ->
      (match obj with
       | `Assoc assoc -> (match List.assoc_opt key assoc with Some v -> path rest v | None -> None)
       | _ -> None)

  let index i = function
    | `List l as js ->
      let len = List.length l in
      let wi = if i < 0 then len + i else i in
      if wi < 0 || wi >= len then raise (Undefined ("Index " ^ string_of_int i ^ " out of bounds", js))
      else List.nth l wi
    | js -> typerr ("Can't get index " ^ string_of_int i ^ " of non-array type ") js

  let map f = function
    | `List l -> `List (List.map f l)
    | js -> typerr "Can't map function over non-array type " js

  let to_assoc = function `Assoc obj -> obj | js -> typerr "Expected object, got " js
  let to_option f = function `Null -> None | x -> Some (f x)
  let to_bool = function `Bool b -> b | js -> typerr "Expected bool, got " js
  let to_bool_option = function `Bool b -> Some b | `Null -> None | js -> typerr "Expected bool or null, got " js
  let to_number = function `Int i -> float i | `Float f -> f | js -> typerr "Expected number, got " js
  let to_number_option = function
    | `Int i -> Some (float i) | `Float f -> Some f | `Null -> None
    | js -> typerr "Expected number or null, got " js
  let to_float = function `Float f -> f | js -> typerr "Expected float, got " js
  let to_float_option = function `Float f -> Some f | `Null -> None | js -> typerr "Expected float or null, got " js
  let to_int = function `Int i -> i | js -> typerr "Expected int, got " js
  let to_int_option = function `Int i -> Some i | `Null -> None | js -> typerr "Expected int or null, got " js
  let to_list = function `List l -> l | js -> typerr "Expected array, got " js
  let to_string = function `String s -> s | js -> typerr "Expected string, got " js
  let to_string_option = function `String s -> Some s | `Null -> None | js -> typerr "Expected string or null, got " js

  let convert_each f = function
    | `List l -> List.map f l
    | js -> typerr "Can't convert each element of non-array type " js

  let filter_map f l = List.filter_map f l
  let flatten l = List.concat_map (function `List l -> l | _ -> []) l
  let filter_index i l = List.filter_map (function `List l -> List.nth_opt l i | _ -> None) l
  let filter_list l = List.filter_map (function `List l -> Some l | _ -> None) l
  let filter_member k l = List.filter_map (function `Assoc l -> List.assoc_opt k l | _ -> None) l
  let filter_assoc l = List.filter_map (function `Assoc l -> Some l | _ -> None) l
  let filter_bool l = List.filter_map (function `Bool x -> Some x | _ -> None) l
  let filter_int l = List.filter_map (function `Int x -> Some x | _ -> None) l
  let filter_float l = List.filter_map (function `Float x -> Some x | _ -> None) l
  let filter_number l = List.filter_map (function `Int x -> Some (float x) | `Float x -> Some x | _ -> None) l
  let filter_string l = List.filter_map (function `String x -> Some x | _ -> None) l

  let keys js = List.map fst (to_assoc js)
  let values js = List.map snd (to_assoc js)
  let combine a b =
    match a, b with
    | `Assoc a, `Assoc b -> `Assoc (a @ b)
    | _ -> raise (Invalid_argument "Expected two objects, check inputs")
end

let rec sort = function
  | `Assoc l -> `Assoc (List.stable_sort (fun (a, _) (b, _) -> compare a b) (List.map (fun (k, v) -> (k, sort v)) l))
  | `List l -> `List (List.map sort l)
  | `Tuple l -> `Tuple (List.map sort l)
  | `Variant (k, Some v) -> `Variant (k, Some (sort v))
  | x -> x

module Safe = struct
  type t =
    [ `Null | `Bool of bool | `Int of int | `Intlit of string | `Float of float | `String of string
    | `Assoc of (string * t) list | `List of t list | `Tuple of t list | `Variant of string * t option ]
  type json = t

  let from_string ?buf ?fname ?lnum s = read_all ~safe:true ?fname ?lnum s
  let from_channel ?buf ?fname ?lnum ic = read_all ~safe:true ?fname ?lnum (read_channel_all ic (Buffer.create 256))
  let from_file ?buf ?fname ?lnum name =
    let ic = open_in name in
    let s = read_channel_all ic (Buffer.create 256) in
    close_in ic;
    read_all ~safe:true ?fname ?lnum s
  let to_string ?buf ?len ?suf ?std x = to_string ?buf ?len ?suf ?std x
  let to_buffer ?suf ?std b x = to_buffer ?suf ?std b x
  let to_channel ?buf ?len ?suf ?std oc x = to_channel ?buf ?len ?suf ?std oc x
  let to_file ?len ?std ?suf name x =
    let oc = open_out name in
    to_channel ?std ?suf oc x; close_out oc
  let pretty_print ?std out x = pretty_print ?std out x
  let pretty_to_string ?std x = pretty_to_string ?std x
  let pretty_to_channel ?std oc x = pretty_to_channel ?std oc x
  let prettify ?std s = pretty_to_string ?std (from_string s)
  let compact ?std s = to_string ?std (from_string s)
  let sort = sort
  (* Objects compare as sets of fields, whatever their order. *)
  let equal (a : t) (b : t) = sort a = sort b
  let compare (a : t) (b : t) = Stdlib.compare (sort a) (sort b)

  let rec to_basic = function
    | `Intlit s -> `String s
    | `Tuple l -> `List (List.map to_basic l)
    | `Variant (k, None) -> `String k
    | `Variant (k, Some v) -> `List [`String k; to_basic v]
    | `Assoc l -> `Assoc (List.map (fun (k, v) -> (k, to_basic v)) l)
    | `List l -> `List (List.map to_basic l)
    | (`Null | `Bool _ | `Int _ | `Float _ | `String _) as x -> x

  module Util = Make_util (struct type nonrec t = t end)
end

module Basic = struct
  type t =
    [ `Null | `Bool of bool | `Int of int | `Float of float | `String of string
    | `Assoc of (string * t) list | `List of t list ]
  type json = t

  let from_string ?buf ?fname ?lnum s = read_all ~safe:false ?fname ?lnum s
  let from_channel ?buf ?fname ?lnum ic = read_all ~safe:false ?fname ?lnum (read_channel_all ic (Buffer.create 256))
  let to_string ?buf ?len ?suf ?std x = to_string ?buf ?len ?suf ?std x
  let to_buffer ?suf ?std b x = to_buffer ?suf ?std b x
  let to_channel ?buf ?len ?suf ?std oc x = to_channel ?buf ?len ?suf ?std oc x
  let pretty_print ?std out x = pretty_print ?std out x
  let pretty_to_string ?std x = pretty_to_string ?std x
  let pretty_to_channel ?std oc x = pretty_to_channel ?std oc x
  let prettify ?std s = pretty_to_string ?std (from_string s)
  let compact ?std s = to_string ?std (from_string s)
  let sort = sort
  (* Objects compare as sets of fields, whatever their order. *)
  let equal (a : t) (b : t) = sort a = sort b
  let compare (a : t) (b : t) = Stdlib.compare (sort a) (sort b)

  module Util = Make_util (struct type nonrec t = t end)
end

type t = Safe.t
let from_string ?buf ?fname ?lnum s = Safe.from_string ?buf ?fname ?lnum s
let to_string ?buf ?len ?suf ?std x = Safe.to_string ?buf ?len ?suf ?std x
let pretty_to_string ?std x = Safe.pretty_to_string ?std x
