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

let finish acc = String.concat "" (List.rev acc)

(* [k] receives the whole text; [flush] runs on "%!". *)
let rec scan k flush fmt i acc =
  let n = String.length fmt in
  if i >= n then k (finish acc)
  else
    match String.get fmt i with
    | '%' when i + 1 < n -> conversion k flush fmt (i + 1) acc
    | c -> scan k flush fmt (i + 1) (String.make 1 c :: acc)

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
  let continue s = scan k flush fmt next (s :: acc) in
  match conv with
  | '%' -> scan k flush fmt next ("%" :: acc)
  | '!' -> flush (); scan k flush fmt next acc
  | '@' -> scan k flush fmt next ("@" :: acc)
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
  | 'a' -> fun printer v -> continue (printer_text printer v)
  | 't' -> fun printer -> continue (printer_text_t printer)
  | _ -> scan k flush fmt next (String.sub fmt (i - 1) (next - i + 1) :: acc)

(* `%a` and `%t` printers write to the channel (or buffer) being printed to; here they are
   given a buffer and their output is spliced in. *)
and printer_text printer v = let b = Buffer.create 16 in printer b v; Buffer.contents b
and printer_text_t printer = let b = Buffer.create 16 in printer b; Buffer.contents b

let ksprintf k fmt = scan k (fun () -> ()) fmt 0 []
let kprintf = ksprintf
let sprintf fmt = ksprintf (fun s -> s) fmt
let fprintf oc fmt = scan (fun s -> output_string oc s) (fun () -> flush oc) fmt 0 []
let printf fmt = fprintf stdout fmt
let eprintf fmt = fprintf stderr fmt
let bprintf b fmt = scan (fun s -> Buffer.add_string b s) (fun () -> ()) fmt 0 []
let kfprintf k oc fmt = scan (fun s -> output_string oc s; k oc) (fun () -> flush oc) fmt 0 []
let kbprintf k b fmt = scan (fun s -> Buffer.add_string b s; k b) (fun () -> ()) fmt 0 []
let ifprintf _ fmt = scan (fun _ -> ()) (fun () -> ()) fmt 0 []
let ikfprintf k x fmt = scan (fun _ -> k x) (fun () -> ()) fmt 0 []
