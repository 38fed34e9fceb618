(* Printf. Without a type checker a format is a string at run time: it is cut into segments
   (by the runtime), and each conversion becomes a function awaiting its argument. As in
   OCaml, nothing is written before the last argument comes; `%a` and `%t` printers run then,
   in order, on the channel or buffer (for strings, on `()`, returning text). *)

type seg = Flush | Alpha | Theta | Lit of string | Conv of string * char * int
external parse : string -> seg array = "mlrun_format_parse"
external format_arg : string -> int array -> 'a -> string = "mlrun_format_arg"
(* The text of pieces that are all [Text], latest first; [None] if one is not. *)
external texts_concat_rev : 'a list -> string option = "mlrun_texts_concat_rev"

(* What a format produced so far, latest first. *)
type piece = Text of string | Print of Obj.t * Obj.t | Print_t of Obj.t | Flush_now

(* Reads [segs] from [i], then gives the pieces, latest first, to [k]. *)
let rec run segs i acc k =
  if i >= Array.length segs then k acc
  else
    let next p = run segs (i + 1) (p :: acc) k in
    match Array.unsafe_get segs i with
    | Lit s -> next (Text s)
    | Flush -> next Flush_now
    | Alpha -> Obj.magic (fun f v -> next (Print (Obj.repr f, Obj.repr v)))
    | Theta -> Obj.magic (fun f -> next (Print_t (Obj.repr f)))
    | Conv (spec, _, 0) -> Obj.magic (fun v -> next (Text (format_arg spec [||] v)))
    | Conv (spec, _, 1) -> Obj.magic (fun w v -> next (Text (format_arg spec [| w |] v)))
    | Conv (spec, _, _) -> Obj.magic (fun w p v -> next (Text (format_arg spec [| w; p |] v)))

external simple_arity : seg array -> int = "mlrun_format_simple_arity"
external format_all : seg array -> Obj.t array -> string = "mlrun_format_all"

(* Most formats are text and plain conversions: those take their arguments in one
   application (no closure per conversion) and are formatted in one native step. *)
let start fmt k =
  let segs = parse fmt in
  let text args = k [Text (format_all segs args)] in
  match simple_arity segs with
  | 0 -> text [||]
  | 1 -> Obj.magic (fun a -> text [| Obj.repr a |])
  | 2 -> Obj.magic (fun a b -> text [| Obj.repr a; Obj.repr b |])
  | 3 -> Obj.magic (fun a b c -> text [| Obj.repr a; Obj.repr b; Obj.repr c |])
  | 4 -> Obj.magic (fun a b c d -> text [| Obj.repr a; Obj.repr b; Obj.repr c; Obj.repr d |])
  | 5 -> Obj.magic (fun a b c d e -> text [| Obj.repr a; Obj.repr b; Obj.repr c; Obj.repr d; Obj.repr e |])
  | _ -> run segs 0 [] k

let to_channel oc pieces =
  match texts_concat_rev pieces with
  | Some s -> output_string oc s
  | None ->
  List.iter (function
    | Text s -> output_string oc s
    | Print (p, v) -> (Obj.obj p) oc (Obj.obj v)
    | Print_t p -> (Obj.obj p) oc
    | Flush_now -> flush oc) (List.rev pieces)
let to_buffer b pieces =
  match texts_concat_rev pieces with
  | Some s -> Buffer.add_string b s
  | None ->
  List.iter (function
    | Text s -> Buffer.add_string b s
    | Print (p, v) -> (Obj.obj p) b (Obj.obj v)
    | Print_t p -> (Obj.obj p) b
    | Flush_now -> ()) (List.rev pieces)
let to_string pieces =
  match texts_concat_rev pieces with
  | Some s -> s
  | None ->
    let b = Buffer.create 64 in
    List.iter (function
      | Text s -> Buffer.add_string b s
      | Print (p, v) -> Buffer.add_string b ((Obj.obj p) () (Obj.obj v))
      | Print_t p -> Buffer.add_string b ((Obj.obj p) ())
      | Flush_now -> ()) (List.rev pieces);
    Buffer.contents b

let kfprintf k oc fmt = start fmt (fun p -> to_channel oc p; k oc)
let kbprintf k b fmt = start fmt (fun p -> to_buffer b p; k b)
let ksprintf k fmt = start fmt (fun p -> k (to_string p))
let kprintf = ksprintf
let ikfprintf k x fmt = start fmt (fun _ -> k x)
let ikbprintf = ikfprintf
let fprintf oc fmt = start fmt (to_channel oc)
let printf fmt = fprintf stdout fmt
let eprintf fmt = fprintf stderr fmt
let bprintf b fmt = start fmt (to_buffer b)
let sprintf fmt = start fmt to_string
let ifprintf _ fmt = start fmt ignore
let ibprintf = ifprintf
