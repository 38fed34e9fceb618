(* Format: OCaml's pretty-printing engine (Oppen's algorithm as OCaml runs it), so that lines
   break where OCaml breaks them. Material waits in a queue until the size of what follows a
   break or a box opening is known (or exceeds the space left); a scan stack remembers the
   breaks and boxes whose size is still unknown. Sizes not yet known are negative. *)

type box_type = Pp_hbox | Pp_vbox | Pp_hvbox | Pp_hovbox | Pp_box | Pp_fits

type token =
  | Pp_text of string
  | Pp_break of int * int
  | Pp_begin of int * box_type
  | Pp_end
  | Pp_newline
  | Pp_if_newline

type elem = { mutable size : int; token : token; length : int }
type scan = { sc_left_total : int; sc_elem : elem }
type box = { box_type : box_type; width : int }

type formatter = {
  mutable pp_scan_stack : scan list;
  mutable pp_format_stack : box list;
  mutable pp_margin : int;
  mutable pp_min_space_left : int;
  mutable pp_max_indent : int;
  mutable pp_space_left : int;
  mutable pp_current_indent : int;
  mutable pp_is_new_line : bool;
  mutable pp_left_total : int;
  mutable pp_right_total : int;
  mutable pp_curr_depth : int;
  mutable pp_max_boxes : int;
  mutable pp_ellipsis : string;
  mutable pp_out_string : string -> int -> int -> unit;
  mutable pp_out_flush : unit -> unit;
  mutable pp_out_newline : unit -> unit;
  mutable pp_out_spaces : int -> unit;
  mutable pp_out_indent : int -> unit;
  pp_queue : elem Queue.t;
  mutable pp_print_tags : bool;
  mutable pp_mark_tags : bool;
}

let infinity = 1000000010
let limit n = if n < infinity then n else pred infinity

let output_string_pp st s = st.pp_out_string s 0 (String.length s)
let output_newline st = st.pp_out_newline ()
let display_blanks st n = st.pp_out_spaces n
let display_indent st n = st.pp_out_indent n

let enqueue st e = st.pp_right_total <- st.pp_right_total + e.length; Queue.add e st.pp_queue
let clear_queue st = st.pp_left_total <- 1; st.pp_right_total <- 1; Queue.clear st.pp_queue

let format_text st size s =
  st.pp_space_left <- st.pp_space_left - size;
  output_string_pp st s;
  st.pp_is_new_line <- false

(* A new line, indented to the box's position plus [offset]. *)
let break_new_line st offset width =
  output_newline st;
  st.pp_is_new_line <- true;
  let indent = st.pp_margin - width + offset in
  let real_indent = min st.pp_max_indent indent in
  st.pp_current_indent <- real_indent;
  st.pp_space_left <- st.pp_margin - st.pp_current_indent;
  display_indent st st.pp_current_indent

let break_line st width = break_new_line st 0 width
let break_same_line st width = st.pp_space_left <- st.pp_space_left - width; display_blanks st width

let force_break_line st =
  match st.pp_format_stack with
  | [] -> output_newline st
  | { box_type; width } :: _ ->
    if width > st.pp_space_left then
      (match box_type with Pp_fits | Pp_hbox -> () | _ -> break_line st width)

let skip_token st =
  match Queue.take_opt st.pp_queue with
  | None -> ()
  | Some { size; length; _ } ->
    st.pp_left_total <- st.pp_left_total - length;
    st.pp_space_left <- st.pp_space_left + size

let format_token st size = function
  | Pp_text s -> format_text st size s
  | Pp_begin (off, ty) ->
    let insertion_point = st.pp_margin - st.pp_space_left in
    if insertion_point > st.pp_max_indent then force_break_line st;
    let width = st.pp_space_left - off in
    let box_type =
      match ty with Pp_vbox -> Pp_vbox | _ -> if size > st.pp_space_left then ty else Pp_fits in
    st.pp_format_stack <- { box_type; width } :: st.pp_format_stack
  | Pp_end -> (match st.pp_format_stack with [] -> () | _ :: rest -> st.pp_format_stack <- rest)
  | Pp_newline -> (match st.pp_format_stack with [] -> output_newline st | { width; _ } :: _ -> break_line st width)
  | Pp_if_newline -> if st.pp_current_indent <> st.pp_margin - st.pp_space_left then skip_token st
  | Pp_break (n, off) ->
    (match st.pp_format_stack with
     | [] -> ()
     | { box_type; width } :: _ ->
       (match box_type with
        | Pp_hovbox -> if size > st.pp_space_left then break_new_line st off width else break_same_line st n
        | Pp_box ->
          if st.pp_is_new_line then break_same_line st n
          else if size > st.pp_space_left then break_new_line st off width
          else if st.pp_current_indent > st.pp_margin - width + off then break_new_line st off width
          else break_same_line st n
        | Pp_hvbox | Pp_vbox -> break_new_line st off width
        | Pp_fits | Pp_hbox -> break_same_line st n))

(* Prints what the queue holds while sizes are known, or too large to matter. *)
let rec advance_left st =
  match Queue.peek_opt st.pp_queue with
  | None -> ()
  | Some { size; token; length } ->
    let pending = st.pp_right_total - st.pp_left_total in
    if size >= 0 || pending >= st.pp_space_left then begin
      ignore (Queue.take st.pp_queue);
      format_token st (if size >= 0 then size else infinity) token;
      st.pp_left_total <- length + st.pp_left_total;
      advance_left st
    end

let enqueue_advance st e = enqueue st e; advance_left st
let enqueue_string_as st size s = enqueue_advance st { size; token = Pp_text s; length = size }

let initial_scan () = [ { sc_left_total = -1; sc_elem = { size = -1; token = Pp_text ""; length = 0 } } ]

(* The size of the break ([break] true) or box opening on top of the scan stack is now known. *)
let set_size st break =
  match st.pp_scan_stack with
  | [] -> ()
  | { sc_left_total; sc_elem = queue_elem } :: rest ->
    if sc_left_total < st.pp_left_total then st.pp_scan_stack <- initial_scan ()
    else begin
      match queue_elem.token with
      | Pp_break _ -> if break then begin queue_elem.size <- st.pp_right_total + queue_elem.size; st.pp_scan_stack <- rest end
      | Pp_begin _ -> if not break then begin queue_elem.size <- st.pp_right_total + queue_elem.size; st.pp_scan_stack <- rest end
      | _ -> ()
    end

let scan_push st break e =
  enqueue st e;
  if break then set_size st true;
  st.pp_scan_stack <- { sc_left_total = st.pp_right_total; sc_elem = e } :: st.pp_scan_stack

let pp_open_box_gen st indent br_ty =
  st.pp_curr_depth <- st.pp_curr_depth + 1;
  if st.pp_curr_depth < st.pp_max_boxes then
    scan_push st false { size = - st.pp_right_total; token = Pp_begin (indent, br_ty); length = 0 }
  else if st.pp_curr_depth = st.pp_max_boxes then enqueue_string_as st (String.length st.pp_ellipsis) st.pp_ellipsis

let pp_close_box st () =
  if st.pp_curr_depth > 1 then begin
    if st.pp_curr_depth < st.pp_max_boxes then begin
      enqueue st { size = 0; token = Pp_end; length = 0 };
      set_size st true;
      set_size st false
    end;
    st.pp_curr_depth <- st.pp_curr_depth - 1
  end

let rinit st =
  clear_queue st;
  st.pp_scan_stack <- initial_scan ();
  st.pp_format_stack <- [];
  st.pp_current_indent <- 0;
  st.pp_curr_depth <- 0;
  st.pp_space_left <- st.pp_margin;
  pp_open_box_gen st 0 Pp_hovbox

let flush_queue st newline =
  while st.pp_curr_depth > 1 do pp_close_box st () done;
  st.pp_right_total <- infinity;
  advance_left st;
  if newline then output_newline st;
  rinit st

let pp_print_as_size st size s = if st.pp_curr_depth < st.pp_max_boxes then enqueue_string_as st size s
let pp_print_as st isize s = pp_print_as_size st isize s
let pp_print_string st s = pp_print_as st (String.length s) s
let pp_print_bytes st b = pp_print_string st (Bytes.to_string b)
let pp_print_int st i = pp_print_string st (string_of_int i)
let pp_print_float st f = pp_print_string st (string_of_float f)
let pp_print_bool st b = pp_print_string st (string_of_bool b)
let pp_print_char st c = pp_print_as st 1 (String.make 1 c)

let pp_open_hbox st () = pp_open_box_gen st 0 Pp_hbox
let pp_open_vbox st indent = pp_open_box_gen st indent Pp_vbox
let pp_open_hvbox st indent = pp_open_box_gen st indent Pp_hvbox
let pp_open_hovbox st indent = pp_open_box_gen st indent Pp_hovbox
let pp_open_box st indent = pp_open_box_gen st indent Pp_box

let pp_print_newline st () = flush_queue st true; st.pp_out_flush ()
let pp_print_flush st () = flush_queue st false; st.pp_out_flush ()
let pp_force_newline st () =
  if st.pp_curr_depth < st.pp_max_boxes then enqueue_advance st { size = 0; token = Pp_newline; length = 0 }
let pp_print_if_newline st () =
  if st.pp_curr_depth < st.pp_max_boxes then enqueue_advance st { size = 0; token = Pp_if_newline; length = 0 }
let pp_print_break st width offset =
  if st.pp_curr_depth < st.pp_max_boxes then
    scan_push st true { size = - st.pp_right_total; token = Pp_break (width, offset); length = width }
(* Text around custom breaks is printed as part of the break's blanks. *)
let pp_print_custom_break st ~fits ~breaks =
  let (b1, w, a1) = fits and (_, off, _) = breaks in
  if b1 = "" && a1 = "" then pp_print_break st w off
  else begin pp_print_string st b1; pp_print_break st w off; pp_print_string st a1 end
let pp_print_space st () = pp_print_break st 1 0
let pp_print_cut st () = pp_print_break st 0 0

(* Tabulation boxes are laid out as ordinary boxes. *)
let pp_open_tbox st () = pp_open_box_gen st 0 Pp_hovbox
let pp_close_tbox st () = pp_close_box st ()
let pp_set_tab _ () = ()
let pp_print_tab st () = pp_print_break st 1 0
let pp_print_tbreak st w o = pp_print_break st w o

(* Tags are not printed (nor marked) unless asked; asking is not supported. *)
type stag = ..
type tag = string
type stag += String_tag of tag
let pp_open_stag _ _ = ()
let pp_close_stag _ () = ()
let pp_open_tag _ _ = ()
let pp_close_tag _ () = ()
let pp_set_tags st b = st.pp_print_tags <- b; st.pp_mark_tags <- b
let pp_set_print_tags st b = st.pp_print_tags <- b
let pp_set_mark_tags st b = st.pp_mark_tags <- b
let pp_get_print_tags st () = st.pp_print_tags
let pp_get_mark_tags st () = st.pp_mark_tags

let pp_set_min_space_left st n =
  if n >= 1 then begin
    let n = limit n in
    st.pp_min_space_left <- n;
    st.pp_max_indent <- st.pp_margin - st.pp_min_space_left;
    rinit st
  end
let pp_set_max_indent st n = if n > 1 then pp_set_min_space_left st (st.pp_margin - n)
let pp_get_max_indent st () = st.pp_max_indent
let pp_set_margin st n =
  if n >= 1 then begin
    let n = limit n in
    st.pp_margin <- n;
    let new_max_indent =
      if st.pp_max_indent <= st.pp_margin then st.pp_max_indent
      else max (max (st.pp_margin - st.pp_min_space_left) (st.pp_margin / 2)) 1 in
    pp_set_max_indent st new_max_indent
  end
let pp_get_margin st () = st.pp_margin
let pp_set_max_boxes st n = if n > 1 then st.pp_max_boxes <- n
let pp_get_max_boxes st () = st.pp_max_boxes
let pp_over_max_boxes st () = st.pp_curr_depth = st.pp_max_boxes
let pp_set_ellipsis_text st s = st.pp_ellipsis <- s
let pp_get_ellipsis_text st () = st.pp_ellipsis

let blank_line = String.make 80 ' '
let rec display_blanks_with out n =
  if n > 0 then
    if n <= 80 then out blank_line 0 n else begin out blank_line 0 80; display_blanks_with out (n - 80) end

let pp_set_formatter_output_functions st f g = st.pp_out_string <- f; st.pp_out_flush <- g
let pp_get_formatter_output_functions st () = (st.pp_out_string, st.pp_out_flush)
let pp_set_formatter_out_channel st oc =
  st.pp_out_string <- output_substring oc;
  st.pp_out_flush <- (fun () -> flush oc);
  st.pp_out_newline <- (fun () -> output_substring oc "\n" 0 1);
  st.pp_out_spaces <- display_blanks_with (output_substring oc);
  st.pp_out_indent <- display_blanks_with (output_substring oc)

type formatter_out_functions = {
  out_string : string -> int -> int -> unit;
  out_flush : unit -> unit;
  out_newline : unit -> unit;
  out_spaces : int -> unit;
  out_indent : int -> unit;
}
let pp_set_formatter_out_functions (st : formatter) (f : formatter_out_functions) =
  st.pp_out_string <- f.out_string;
  st.pp_out_flush <- f.out_flush;
  st.pp_out_newline <- f.out_newline;
  st.pp_out_spaces <- f.out_spaces;
  st.pp_out_indent <- f.out_indent
let pp_get_formatter_out_functions (st : formatter) () =
  { out_string = st.pp_out_string; out_flush = st.pp_out_flush; out_newline = st.pp_out_newline;
    out_spaces = st.pp_out_spaces; out_indent = st.pp_out_indent }

let make_formatter f g =
  let queue = Queue.create () in
  let sys_tok = { size = -1; token = Pp_begin (0, Pp_hovbox); length = 0 } in
  Queue.add sys_tok queue;
  let st = {
    pp_scan_stack = { sc_left_total = 1; sc_elem = sys_tok } :: initial_scan ();
    pp_format_stack = []; pp_margin = 78; pp_min_space_left = 10; pp_max_indent = 78 - 10; pp_space_left = 78;
    pp_current_indent = 0; pp_is_new_line = true; pp_left_total = 1; pp_right_total = 1; pp_curr_depth = 1;
    pp_max_boxes = max_int; pp_ellipsis = "."; pp_out_string = f; pp_out_flush = g;
    pp_out_newline = (fun () -> f "\n" 0 1); pp_out_spaces = (fun _ -> ()); pp_out_indent = (fun _ -> ());
    pp_queue = queue; pp_print_tags = false; pp_mark_tags = false } in
  st.pp_out_spaces <- display_blanks_with st.pp_out_string;
  st.pp_out_indent <- display_blanks_with st.pp_out_string;
  st

let formatter_of_out_channel oc = make_formatter (output_substring oc) (fun () -> flush oc)
let formatter_of_buffer b = make_formatter (Buffer.add_substring b) ignore
let formatter_of_out_functions (f : formatter_out_functions) =
  let st = make_formatter f.pp_out_string f.pp_out_flush in
  pp_set_formatter_out_functions st f;
  st
let make_symbolic_output_buffer () = Buffer.create 512

let stdbuf = Buffer.create 512
let std_formatter = formatter_of_out_channel stdout
let err_formatter = formatter_of_out_channel stderr
let str_formatter = formatter_of_buffer stdbuf

let flush_buffer_formatter buf ppf =
  flush_queue ppf false;
  let s = Buffer.contents buf in
  Buffer.reset buf;
  s
let flush_str_formatter () = flush_buffer_formatter stdbuf str_formatter

let pp_print_list ?(pp_sep = pp_print_cut) pp_v ppf l =
  let rec go = function
    | [] -> ()
    | [ v ] -> pp_v ppf v
    | v :: vs -> pp_v ppf v; pp_sep ppf (); go vs in
  go l
let pp_print_seq ?(pp_sep = pp_print_cut) pp_v ppf seq =
  let rec go first seq = match seq () with
    | Seq.Nil -> ()
    | Seq.Cons (v, rest) -> if not first then pp_sep ppf (); pp_v ppf v; go false rest in
  go true seq
let pp_print_text ppf s =
  let len = String.length s in
  let left = ref 0 and right = ref 0 in
  let flush () = pp_print_string ppf (String.sub s !left (!right - !left)); incr right; left := !right in
  while !right <> len do
    match String.get s !right with
    | '\n' -> flush (); pp_force_newline ppf ()
    | ' ' -> flush (); pp_print_space ppf ()
    | _ -> incr right
  done;
  if !left <> len then flush ()
let pp_print_option ?(none = fun _ () -> ()) pp_v ppf = function None -> none ppf () | Some v -> pp_v ppf v
let pp_print_result ~ok ~error ppf = function Ok v -> ok ppf v | Error e -> error ppf e
let pp_print_either ~left ~right ppf = function Either.Left l -> left ppf l | Either.Right r -> right ppf r

(* The same on the standard formatter. *)
let open_hbox = pp_open_hbox std_formatter
let open_vbox = pp_open_vbox std_formatter
let open_hvbox = pp_open_hvbox std_formatter
let open_hovbox = pp_open_hovbox std_formatter
let open_box = pp_open_box std_formatter
let close_box = pp_close_box std_formatter
let open_tag = pp_open_tag std_formatter
let close_tag = pp_close_tag std_formatter
let open_stag = pp_open_stag std_formatter
let close_stag = pp_close_stag std_formatter
let print_as = pp_print_as std_formatter
let print_string = pp_print_string std_formatter
let print_bytes = pp_print_bytes std_formatter
let print_int = pp_print_int std_formatter
let print_float = pp_print_float std_formatter
let print_char = pp_print_char std_formatter
let print_bool = pp_print_bool std_formatter
let print_break = pp_print_break std_formatter
let print_cut = pp_print_cut std_formatter
let print_space = pp_print_space std_formatter
let force_newline = pp_force_newline std_formatter
let print_flush = pp_print_flush std_formatter
let print_newline = pp_print_newline std_formatter
let print_if_newline = pp_print_if_newline std_formatter
let open_tbox = pp_open_tbox std_formatter
let close_tbox = pp_close_tbox std_formatter
let print_tbreak = pp_print_tbreak std_formatter
let set_tab = pp_set_tab std_formatter
let print_tab = pp_print_tab std_formatter
let set_margin = pp_set_margin std_formatter
let get_margin = pp_get_margin std_formatter
let set_max_indent = pp_set_max_indent std_formatter
let get_max_indent = pp_get_max_indent std_formatter
let set_max_boxes = pp_set_max_boxes std_formatter
let get_max_boxes = pp_get_max_boxes std_formatter
let over_max_boxes = pp_over_max_boxes std_formatter
let set_ellipsis_text = pp_set_ellipsis_text std_formatter
let get_ellipsis_text = pp_get_ellipsis_text std_formatter
let set_formatter_out_channel = pp_set_formatter_out_channel std_formatter
let set_formatter_output_functions = pp_set_formatter_output_functions std_formatter
let get_formatter_output_functions = pp_get_formatter_output_functions std_formatter
let set_formatter_out_functions = pp_set_formatter_out_functions std_formatter
let get_formatter_out_functions = pp_get_formatter_out_functions std_formatter
let set_tags = pp_set_tags std_formatter
let set_print_tags = pp_set_print_tags std_formatter
let set_mark_tags = pp_set_mark_tags std_formatter
let get_print_tags = pp_get_print_tags std_formatter
let get_mark_tags = pp_get_mark_tags std_formatter

(* Printing with a format, read at run time as Printf reads it, with the `@` directives. *)
type seg =
  | Flush | Alpha | Theta | Close_box | Flush_newline | Force_newline
  | Lit of string | Conv of string * char * int | Open_box of int * int | Break of int * int | Magic of int
external parse : string -> seg array = "mlrun_format_parse_pp"
external format_arg : string -> int array -> 'a -> string = "mlrun_format_arg"

type piece = Text of int * string | Do of (formatter -> unit)

let box_of_kind = function 0 -> Pp_hbox | 1 -> Pp_vbox | 2 -> Pp_hvbox | 3 -> Pp_hovbox | _ -> Pp_box

let rec run segs i magic acc k =
  if i >= Array.length segs then k (List.rev acc)
  else
    let next p = run segs (i + 1) (-1) (p :: acc) k in
    let text s = Text ((if magic >= 0 then magic else String.length s), s) in
    match Array.unsafe_get segs i with
    | Lit s -> next (text s)
    | Conv (spec, _, 0) -> Obj.magic (fun v -> next (text (format_arg spec [||] v)))
    | Conv (spec, _, 1) -> Obj.magic (fun w v -> next (text (format_arg spec [| w |] v)))
    | Conv (spec, _, _) -> Obj.magic (fun w p v -> next (text (format_arg spec [| w; p |] v)))
    | Alpha -> Obj.magic (fun f v -> next (Do (fun ppf -> f ppf v)))
    | Theta -> Obj.magic (fun f -> next (Do (fun ppf -> f ppf)))
    | Flush -> next (Do (fun ppf -> pp_print_flush ppf ()))
    | Close_box -> next (Do (fun ppf -> pp_close_box ppf ()))
    | Flush_newline -> next (Do (fun ppf -> pp_print_newline ppf ()))
    | Force_newline -> next (Do (fun ppf -> pp_force_newline ppf ()))
    | Open_box (indent, kind) -> next (Do (fun ppf -> pp_open_box_gen ppf indent (box_of_kind kind)))
    | Break (w, o) -> next (Do (fun ppf -> pp_print_break ppf w o))
    | Magic n -> run segs (i + 1) n acc k

let output ppf pieces =
  List.iter (function Text (size, s) -> pp_print_as_size ppf size s | Do f -> f ppf) pieces

let start fmt k = run (parse fmt) 0 (-1) [] k

let kfprintf k ppf fmt = start fmt (fun p -> output ppf p; k ppf)
let ikfprintf k ppf fmt = start fmt (fun _ -> k ppf)
let fprintf ppf fmt = kfprintf ignore ppf fmt
let ifprintf ppf fmt = ikfprintf ignore ppf fmt
let printf fmt = fprintf std_formatter fmt
let eprintf fmt = fprintf err_formatter fmt
let kdprintf k fmt = start fmt (fun p -> k (fun ppf -> output ppf p))
let dprintf fmt = kdprintf (fun i -> i) fmt
let ksprintf k fmt =
  let b = Buffer.create 512 in
  let ppf = formatter_of_buffer b in
  start fmt (fun p -> output ppf p; k (flush_buffer_formatter b ppf))
let sprintf fmt = ksprintf (fun s -> s) fmt
let kasprintf = ksprintf
let asprintf fmt = ksprintf (fun s -> s) fmt
let kprintf = ksprintf
let bprintf b fmt =
  let ppf = formatter_of_buffer b in
  start fmt (fun p -> output ppf p; flush_queue ppf false)

(* Pending material of the standard formatters comes out at exit. *)
let () = at_exit (fun () -> pp_print_flush std_formatter (); pp_print_flush err_formatter ())
