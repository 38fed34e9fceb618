open Ppx_yojson_conv_lib.Yojson_conv.Primitives
type t = {
  id : int [@key "ID"];
  label : string [@default "none"];
  note : string option [@option];
  count : int [@default 0] [@yojson_drop_default ( = )];
} [@@deriving yojson]
let show r = Printf.printf "%d %s %s %d\n" r.id r.label (match r.note with Some n -> n | None -> "None") r.count
let () =
  print_endline (Yojson.Safe.to_string (yojson_of_t { id = 1; label = "x"; note = None; count = 0 }));
  print_endline (Yojson.Safe.to_string (yojson_of_t { id = 2; label = "y"; note = Some "n"; count = 5 }));
  show (t_of_yojson (Yojson.Safe.from_string {|{"ID": 3}|}));
  show (t_of_yojson (Yojson.Safe.from_string {|{"ID": 4, "label": "l", "note": "hi", "count": 9}|}))
