(* Module Dream, continued (appended to dream.ml, see dream-lib/src/run.rs): streams,
   websockets, static files and the origin check, over dream__stream.ml, dream__static.ml
   and dream__origin.ml (shared/dream-api.md §9, §10, §14, §16, A.6, A.7). *)

let body_stream request =
  match field request stream_field with
  | Some s -> s
  | None -> let s = Dream__stream.string_stream request.body in set_field request stream_field s; s

(* The raw stream slots (§14). A request's server stream is its body and its client stream
   is null; a response's client stream is its body (what the HTTP layer sends) and its
   server stream is null, except that a websocket response's pair is the application's side
   (server) and the client's side (client) of the socket. *)
let is_request m = field m request_field <> None

let server_stream m =
  if is_request m then body_stream m
  else match field m websocket_field with
    | Some ws -> Dream__stream.websocket_side ws
    | None -> Dream__stream.null_stream

let client_stream m =
  if is_request m then Dream__stream.null_stream
  else match field m websocket_field with
    | Some ws -> Dream__stream.websocket_peer_side ws
    | None -> body_stream m

let set_client_stream response s =
  set_field response stream_field s; drop_field response body_cache_field; response.known_body <- false

let set_server_stream request s = set_field request stream_field s; drop_field request body_cache_field

(* Runs a stream's or a websocket's callback at once, and closes after it when asked. *)
let run_callback close callback value on_done on_raise =
  Lwt.async (fun () ->
    let run () = try callback value with e -> Lwt.fail e in
    if close then Lwt.try_bind run (fun () -> on_done (); Lwt.return_unit) (fun e -> on_raise (); Lwt.fail e)
    else run ())

let stream ?status ?code ?headers ?(close = true) callback =
  let s = Dream__stream.pipe () in
  let r = response ?status ?code ?headers "" in
  r.known_body <- false;
  set_field r stream_field s;
  run_callback close callback s (fun () -> Dream__stream.close_stream s 1000) (fun () -> Dream__stream.close_stream s 1000);
  Lwt.return r

let websocket ?headers ?(close = true) callback =
  let ws = Dream__stream.websocket_pair () in
  let r = response ~status:`Switching_Protocols ?headers "" in
  set_field r websocket_field ws;
  run_callback close callback ws
    (fun () -> Dream__stream.close_websocket_with ws 1000) (fun () -> Dream__stream.close_websocket_with ws 1005);
  Lwt.return r

external host_read_file : string -> string option = "%host:dream_read_file"

let from_filesystem local_root path _request =
  match host_read_file (Filename.concat local_root path) with
  | None -> Lwt.return (streamed_empty `Not_Found)
  | Some content ->
    let r = response ~headers:(mime_lookup path) content in
    r.known_body <- false;
    Lwt.return r

let static ?(loader = from_filesystem) local_root request =
  if not (methods_equal (method_ request) `GET) then Lwt.return (streamed_empty `Not_Found)
  else
    match validate_path (path request) with
    | None -> Lwt.return (streamed_empty `Not_Found)
    | Some file ->
      Lwt.map (fun r ->
        if not (has_header r "Content-Type") && List.mem (code r) [200; 203; 204; 205; 206] then
          add_header r "Content-Type" (magic_lookup file);
        r) (loader local_root file request)

(* ---- origin_referrer_check ------------------------------------------------------------ *)

let origin_log = sub_log "dream.origin"

let origin_referrer_check inner request =
  match method_ request with
  | `GET | `HEAD -> inner request
  | _ ->
    let refuse () = respond ~status:`Bad_Request "" in
    let origin = match header request "Origin" with
      | None | Some "null" -> header request "Referer" | o -> o in
    match origin, header request "Host" with
    | None, _ ->
      origin_log.warning (fun log -> log ~request "Origin and Referer headers both missing");
      refuse ()
    | _, None ->
      origin_log.warning (fun log -> log ~request "Host header missing");
      refuse ()
    | Some origin, Some host_header ->
      if Dream__origin.matches ~tls:(tls request) origin host_header then inner request
      else begin
        origin_log.warning (fun log -> log ~request "Origin-Host mismatch: '%s' vs. '%s'" origin host_header);
        refuse ()
      end

(* ---- streams and websockets, as the application sees them (dream__stream.ml) ----------- *)

type stream = Dream__stream.stream
type websocket = Dream__stream.websocket
type text_or_binary = Dream__stream.text_or_binary
type end_of_message = Dream__stream.end_of_message

let read = Dream__stream.read
let write = Dream__stream.write
let flush = Dream__stream.flush
let close = Dream__stream.close
let close_stream = Dream__stream.close_stream
let abort_stream = Dream__stream.abort_stream
let send = Dream__stream.send
let receive = Dream__stream.receive
let receive_fragment = Dream__stream.receive_fragment
let close_websocket = Dream__stream.close_websocket
