(* Printf. Without a type checker the format is a string at run time: it is read as the
   arguments come, each conversion a function awaiting its argument; the text so far is a
   list, so a partially applied printer can be used twice. *)

external format_int : string -> int -> string = "caml_format_int"
external format_float : string -> float -> string = "caml_format_float"

let pad width left s =
  let n = String.length s in
  if width <= n then s
  else if left then s ^ String.make (width - n) ' '
  else String.make (width - n) ' ' ^ s

(* What a format produced so far, latest first: text, and `%a`/`%t` printers to run when the
   output is written, so that they see the channel or buffer at the right moment. *)
type piece = Text of string | Print of Obj.t * Obj.t | Print_t of Obj.t

(* [k] receives the whole text; [flush] runs on "%!". *)
let rec scan k flush fmt i acc =
  let n = String.length fmt in
  if i >= n then k (List.rev acc)
  else
    match String.get fmt i with
    | '%' when i + 1 < n -> conversion k flush fmt (i + 1) acc
    | c -> scan k flush fmt (i + 1) (Text (String.make 1 c) :: acc)

and conversion k flush fmt i acc =
  let n = String.length fmt in
  let j = ref i in
  while !j < n && String.contains "-0+ #" (String.get fmt !j) do incr j done;
  let star_width = !j < n && String.get fmt !j = '*' in
  if star_width then incr j;
  while !j < n && String.get fmt !j >= '0' && String.get fmt !j <= '9' do incr j done;
  let star_precision = !j + 1 < n && String.get fmt !j = '.' && String.get fmt (!j + 1) = '*' in
  if star_precision then j := !j + 2
  else if !j < n && String.get fmt !j = '.' then begin
    incr j;
    while !j < n && String.get fmt !j >= '0' && String.get fmt !j <= '9' do incr j done
  end;
  while !j < n && (String.get fmt !j = 'l' || String.get fmt !j = 'L' || String.get fmt !j = 'n') do incr j done;
  let conv = if !j < n then String.get fmt !j else '%' in
  let flags = String.sub fmt i (!j - i) in
  let next = !j + 1 in
  let with_stars f =
    (* `*` width and precision come first, in the arguments. *)
    if star_width then (fun w -> if star_precision then (fun p -> f (Some w) (Some p)) else f (Some w) None)
    else if star_precision then (fun p -> f None (Some p))
    else f None None in
  let spec w p =
    (* `.*` takes the precision argument and `*` the width argument, in that order here. *)
    let base = match p, String.index_opt flags '.' with
      | Some p, Some d when d + 1 < String.length flags && String.get flags (d + 1) = '*' ->
        String.sub flags 0 (d + 1) ^ string_of_int p ^ String.sub flags (d + 2) (String.length flags - d - 2)
      | _ -> flags in
    match w, String.index_opt base '*' with
    | Some w, Some star -> String.sub base 0 star ^ string_of_int w ^ String.sub base (star + 1) (String.length base - star - 1)
    | _ -> base in
  let width_of s = let digits = String.concat "" (List.map (String.make 1) (List.filter (fun c -> c >= '0' && c <= '9') (List.init (String.length s) (String.get s)))) in
    if digits = "" then 0 else int_of_string digits in
  let left = String.contains flags '-' in
  let continue s = scan k flush fmt next (Text s :: acc) in
  match conv with
  | '%' -> continue "%"
  | '!' -> flush (); scan k flush fmt next acc
  | '@' -> continue "@"
  | ',' -> scan k flush fmt next acc
  | 'd' | 'i' | 'u' | 'x' | 'X' | 'o' ->
    with_stars (fun w p -> fun v -> continue (format_int ("%" ^ spec w p ^ String.make 1 conv) v))
  | 'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'h' | 'H' ->
    with_stars (fun w p -> fun v ->
      if conv = 'F' then continue (pad (width_of (spec w p)) left (string_of_float v))
      else continue (format_float ("%" ^ spec w p ^ String.make 1 conv) v))
  | 's' -> with_stars (fun w p -> fun v -> continue (pad (width_of (spec w p)) left v))
  | 'S' -> with_stars (fun w p -> fun v -> continue (pad (width_of (spec w p)) left ("\"" ^ String.escaped v ^ "\"")))
  | 'c' -> fun c -> continue (String.make 1 c)
  | 'C' -> fun c -> continue ("'" ^ Char.escaped c ^ "'")
  | 'b' | 'B' -> fun b -> continue (if b then "true" else "false")
  | 'a' -> fun printer v -> scan k flush fmt next (Print (Obj.repr printer, Obj.repr v) :: acc)
  | 't' -> fun printer -> scan k flush fmt next (Print_t (Obj.repr printer) :: acc)
  | _ -> continue (String.sub fmt (i - 1) (next - i + 1))

(* Writing the pieces out: `%a` printers get the channel or buffer (for strings, `()`, and
   their result is the text). *)
let to_string pieces =
  String.concat "" (List.map (function
    | Text s -> s
    | Print (p, v) -> (Obj.obj p) () (Obj.obj v)
    | Print_t p -> (Obj.obj p) ()) pieces)
let to_channel oc pieces =
  List.iter (function
    | Text s -> output_string oc s
    | Print (p, v) -> (Obj.obj p) oc (Obj.obj v)
    | Print_t p -> (Obj.obj p) oc) pieces
let to_buffer b pieces =
  List.iter (function
    | Text s -> Buffer.add_string b s
    | Print (p, v) -> (Obj.obj p) b (Obj.obj v)
    | Print_t p -> (Obj.obj p) b) pieces

let ksprintf k fmt = scan (fun p -> k (to_string p)) (fun () -> ()) fmt 0 []
let kprintf = ksprintf
let sprintf fmt = ksprintf (fun s -> s) fmt
let fprintf oc fmt = scan (to_channel oc) (fun () -> flush oc) fmt 0 []
let printf fmt = fprintf stdout fmt
let eprintf fmt = fprintf stderr fmt
let bprintf b fmt = scan (to_buffer b) (fun () -> ()) fmt 0 []
let kfprintf k oc fmt = scan (fun p -> to_channel oc p; k oc) (fun () -> flush oc) fmt 0 []
let kbprintf k b fmt = scan (fun p -> to_buffer b p; k b) (fun () -> ()) fmt 0 []
let ifprintf _ fmt = scan (fun _ -> ()) (fun () -> ()) fmt 0 []
let ikfprintf k x fmt = scan (fun _ -> k x) (fun () -> ()) fmt 0 []
