open Ppx_yojson_conv_lib.Yojson_conv.Primitives
type config = { host : string; port : int [@default 8080]; debug : bool [@default false] } [@@deriving of_yojson]
type status = Active | Suspended of string [@@deriving yojson_of]
let () =
  let c = config_of_yojson (Yojson.Safe.from_string {|{"host": "localhost"}|}) in
  Printf.printf "%s:%d debug=%b\n" c.host c.port c.debug;
  let c = config_of_yojson (Yojson.Safe.from_string {|{"host": "h", "port": 1, "debug": true}|}) in
  Printf.printf "%s:%d debug=%b\n" c.host c.port c.debug;
  print_endline (Yojson.Safe.to_string (`List [yojson_of_status Active; yojson_of_status (Suspended "late")]))
