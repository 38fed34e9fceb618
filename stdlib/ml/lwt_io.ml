(* Lwt_io: the standard channels. Lwt_io.stdout and Lwt_io.stderr are channels of their own
   (the runtime's -1 and -2) on descriptors 1 and 2, so Stdlib output still in Stdlib's buffer
   stays there, as under real Lwt. Writes are flushed at once (real Lwt_io flushes at the
   next turn of the scheduler, which only matters next to other writers of the same
   descriptor within one turn). *)

type output_channel = out_channel
type input_channel = in_channel
type 'a channel = out_channel
let stdout : output_channel = -1
let stderr : output_channel = -2
let stdin = Stdlib.stdin
let zero = Stdlib.stdin
let null = Stdlib.stdout

let write oc s = output_string oc s; Stdlib.flush oc; Lwt.return_unit
let write_line oc s = output_string oc s; output_char oc '\n'; Stdlib.flush oc; Lwt.return_unit
let write_char oc c = output_char oc c; Stdlib.flush oc; Lwt.return_unit
let write_lines oc lines = Lwt_stream.iter_s (write_line oc) lines
let write_from_string_exactly oc s off len = write oc (String.sub s off len)
let flush oc = Stdlib.flush oc; Lwt.return_unit
let flush_all () = Stdlib.flush stdout; Stdlib.flush stderr; Lwt.return_unit
let close _ = Lwt.return_unit

let print s = write stdout s
let printl s = write_line stdout s
let eprint s = write stderr s
let eprintl s = write_line stderr s
let fprintf oc fmt = Printf.ksprintf (write oc) fmt
let fprintlf oc fmt = Printf.ksprintf (write_line oc) fmt
let printf fmt = Printf.ksprintf print fmt
let printlf fmt = Printf.ksprintf printl fmt
let eprintf fmt = Printf.ksprintf eprint fmt
let eprintlf fmt = Printf.ksprintf eprintl fmt

(* Lwt_io.stdin has a buffer of its own (4096 bytes, Lwt_io's default size), apart from
   Stdlib.stdin's: a line read by one is not seen by the other. Reads block the program. *)
let buffer = { fd = 0; size = 4096; data = ""; pos = 0 }
let read_line _ = Lwt.wrap1 in_buffer_line buffer
let read_line_opt _ = Lwt.return (try Some (in_buffer_line buffer) with End_of_file -> None)
let read_char _ = Lwt.wrap1 in_buffer_char buffer
let read_char_opt _ = Lwt.return (try Some (in_buffer_char buffer) with End_of_file -> None)
let read ?count _ =
  let b = Buffer.create 256 in
  let rec go n =
    if n = 0 then ()
    else match in_buffer_char buffer with
      | c -> Buffer.add_char b c; go (n - 1)
      | exception End_of_file -> () in
  go (match count with Some n -> n | None -> -1);
  Lwt.return (Buffer.contents b)
let read_lines ic = Lwt_stream.from (fun () -> read_line_opt ic)
let read_chars ic = Lwt_stream.from (fun () -> read_char_opt ic)
let lines_of_string s = Lwt_stream.of_list (String.split_on_char '\n' s)
