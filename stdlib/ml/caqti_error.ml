(* Caqti_error for mlrun: the errors a Caqti call can return, their messages and the
   exception [Caqti_lwt.or_fail] raises. Messages follow Caqti's shapes ("Request to <URI>
   failed: MSG Query: "SQL"."); the driver's own text is SQLite's message. *)

type msg = Msg of string

(* One record for every payload (Caqti has one per kind): field access then needs no types. *)
type info = { uri : string; msg : msg; query : string; typ : string }
type load_error = info
type connection_error = info
type query_error = info
type coding_error = info

type load = [ `Load_rejected of load_error | `Load_failed of load_error ]
type connect = [ `Connect_rejected of connection_error | `Connect_failed of connection_error ]
type call = [ `Encode_rejected of coding_error | `Encode_failed of coding_error | `Request_failed of query_error ]
type retrieve = [ `Decode_rejected of coding_error | `Response_failed of query_error | `Response_rejected of query_error ]
type call_or_retrieve = [ call | retrieve ]
type transact = [ call | retrieve ]
type t = [ load | connect | call | retrieve | `Post_connect of call_or_retrieve ]

exception Exn of t

let msg_text (Msg s) = s

let load_rejected ~uri msg = `Load_rejected { uri; msg; query = ""; typ = "" }
let load_failed ~uri msg = `Load_failed { uri; msg; query = ""; typ = "" }
let connect_rejected ~uri msg = `Connect_rejected { uri; msg; query = ""; typ = "" }
let connect_failed ~uri msg = `Connect_failed { uri; msg; query = ""; typ = "" }
let encode_rejected ~uri ~typ msg = `Encode_rejected { uri; msg; query = ""; typ }
let encode_failed ~uri ~typ msg = `Encode_failed { uri; msg; query = ""; typ }
let request_failed ~uri ~query msg = `Request_failed { uri; msg; query; typ = "" }
let response_failed ~uri ~query msg = `Response_failed { uri; msg; query; typ = "" }
let response_rejected ~uri ~query msg = `Response_rejected { uri; msg; query; typ = "" }
let decode_rejected ~uri ~typ msg = `Decode_rejected { uri; msg; query = ""; typ }

let rec show (e : [< t ]) =
  match (e :> t) with
  | `Load_rejected e -> Printf.sprintf "Cannot load driver for <%s>: %s" e.uri (msg_text e.msg)
  | `Load_failed e -> Printf.sprintf "Failed to load driver for <%s>: %s" e.uri (msg_text e.msg)
  | `Connect_rejected e -> Printf.sprintf "Cannot connect to <%s>: %s" e.uri (msg_text e.msg)
  | `Connect_failed e -> Printf.sprintf "Failed to connect to <%s>: %s" e.uri (msg_text e.msg)
  | `Encode_rejected e -> Printf.sprintf "Cannot encode %s for <%s>: %s" e.typ e.uri (msg_text e.msg)
  | `Encode_failed e -> Printf.sprintf "Failed to bind %s for <%s>: %s" e.typ e.uri (msg_text e.msg)
  | `Request_failed e ->
    Printf.sprintf "Request to <%s> failed: %s Query: %S." e.uri (msg_text e.msg) e.query
  | `Decode_rejected e -> Printf.sprintf "Cannot decode %s from <%s>: %s" e.typ e.uri (msg_text e.msg)
  | `Response_failed e ->
    Printf.sprintf "Response from <%s> failed: %s Query: %S." e.uri (msg_text e.msg) e.query
  | `Response_rejected e ->
    Printf.sprintf "Unexpected result from <%s>: %s Query: %S." e.uri (msg_text e.msg) e.query
  | `Post_connect e -> "Post-connect request failed: " ^ show (e :> t)

let pp ppf e = Format.pp_print_string ppf (show e)

let uri (e : [< t ]) =
  match (e :> t) with
  | `Load_rejected e | `Load_failed e -> e.uri
  | `Connect_rejected e | `Connect_failed e -> e.uri
  | `Encode_rejected e | `Encode_failed e
  | `Decode_rejected e -> e.uri
  | `Request_failed e | `Response_failed e
  | `Response_rejected e -> e.uri
  | `Post_connect _ -> ""

let () = Printexc.register_printer (function Exn e -> Some (show e) | _ -> None)
