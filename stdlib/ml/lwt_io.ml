(* Lwt_io: the standard channels, printing through Stdlib's buffered channels. *)

type output_channel = out_channel
type input_channel = in_channel
let stdout = Stdlib.stdout
let stderr = Stdlib.stderr
let stdin = Stdlib.stdin

let write oc s = output_string oc s; Lwt.return_unit
let write_line oc s = output_string oc s; output_char oc '\n'; Lwt.return_unit
let write_char oc c = output_char oc c; Lwt.return_unit
let flush oc = Stdlib.flush oc; Lwt.return_unit
let print s = write stdout s
let printl s = write_line stdout s
let eprint s = write stderr s
let eprintl s = write_line stderr s
