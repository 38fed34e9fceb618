(* Dream's streams (shared/dream-api.md §9, §10): a reader half and a writer half, each
   waiting for one event at a time. Pipes give a rendezvous between one writer and one
   reader; the host's connections are read and written through services whose outcomes
   arrive later as events (Lwt_main.io_wait). Chunks are strings rather than bigarrays. *)

type event =
  | Data of string * bool * bool  (* payload, binary, fin *)
  | Flush
  | Ping of string
  | Pong of string
  | Closed of int
  | Failed of exn

type stream = {
  (* Waits for exactly one event and hands it to the callback. *)
  read_event : (event -> unit) -> unit;
  (* Queues a Data, Flush, Ping or Pong event: [ok] when the reader took it, else [close]
     with the stored code or [exn] with the abort's exception. *)
  write_event : event -> ok:(unit -> unit) -> close:(int -> unit) -> exn:(exn -> unit) -> unit;
  close_both : int -> unit;
  abort_both : exn -> unit;
}

let no_writer event ~ok:_ ~close:_ ~exn:_ =
  failwith (match event with
    | Flush -> "flush of a read-only stream"
    | Ping _ -> "ping on a read-only stream"
    | Pong _ -> "pong on a read-only stream"
    | _ -> "write to a read-only stream")

let no_reader _ = failwith "read from a non-readable stream"

(* Neither readable nor writable: a request's client stream, a response's server stream. *)
let null_stream =
  { read_event = no_reader; write_event = no_writer; close_both = ignore; abort_both = ignore }

(* ---- pipes ---------------------------------------------------------------------------- *)

type pipe_state = Open | Closed_with of int | Aborted_with of exn

(* Dream's pipe holds one pending writer; a second one (two tasks sending on one websocket at
   once, as w-chat's broadcast can) waits its turn here rather than being lost. *)
type pipe = {
  mutable state : pipe_state;
  mutable reader : (event -> unit) option;
  writers : (event * (unit -> unit) * (int -> unit) * (exn -> unit)) Queue.t;
}

let pipe () =
  let p = { state = Open; reader = None; writers = Queue.create () } in
  let read_event k =
    match p.state with
    | Closed_with code -> k (Closed code)
    | Aborted_with e -> k (Failed e)
    | Open ->
      (match p.reader with Some _ -> failwith "stream read: the previous read has not completed" | None -> ());
      match Queue.take_opt p.writers with
      | Some (event, ok, _, _) -> k event; ok ()
      | None -> p.reader <- Some k in
  let write_event event ~ok ~close ~exn =
    match p.state with
    | Closed_with code -> close code
    | Aborted_with e -> exn e
    | Open ->
      match p.reader with
      | Some k -> p.reader <- None; k event; ok ()
      | None -> Queue.add (event, ok, close, exn) p.writers in
  let is_open () = match p.state with Open -> true | _ -> false in
  (* Every pending reader and writer hears of the end, once. *)
  let finish state on_reader on_writer =
    if is_open () then begin
      p.state <- state;
      let reader = p.reader in
      p.reader <- None;
      let writers = Queue.create () in
      Queue.transfer p.writers writers;
      (match reader with Some k -> on_reader k | None -> ());
      Queue.iter on_writer writers
    end in
  let close_both code =
    finish (Closed_with code) (fun k -> k (Closed code)) (fun (_, _, close, _) -> close code) in
  let abort_both e =
    finish (Aborted_with e) (fun k -> k (Failed e)) (fun (_, _, _, exn) -> exn e) in
  { read_event; write_event; close_both; abort_both }

(* A read-only stream that gives [s] (if not empty), then closes. *)
let string_stream s =
  let left = ref (if s = "" then None else Some s) and closed = ref None in
  { read_event = (fun k ->
      match !closed, !left with
      | Some (Failed e), _ -> k (Failed e)
      | Some _, _ -> k (Closed 1000)
      | None, Some s -> left := None; k (Data (s, true, false))
      | None, None -> k (Closed 1000));
    write_event = no_writer;
    close_both = (fun code -> if !closed = None then closed := Some (Closed code));
    abort_both = (fun e -> if !closed = None then closed := Some (Failed e)) }

(* ---- the application's operations ----------------------------------------------------- *)

let resolver_callbacks r =
  (fun () -> Lwt.wakeup_later r ()),
  (fun _ -> Lwt.wakeup_later_exn r End_of_file),
  (fun e -> Lwt.wakeup_later_exn r e)

let write_to stream event =
  let (p, r) = Lwt.wait () in
  let (ok, close, exn) = resolver_callbacks r in
  stream.write_event event ~ok ~close ~exn;
  p

let write stream s = write_to stream (Data (s, false, true))
let flush stream = write_to stream Flush
let close stream = stream.close_both 1000; Lwt.return_unit
let close_stream stream code = stream.close_both code
let abort_stream stream e = stream.abort_both e

(* The next data chunk; flushes, pings and pongs are skipped (the host answers pings). *)
let read stream =
  let (p, r) = Lwt.wait () in
  let rec next () =
    stream.read_event (function
      | Data (s, _, _) -> Lwt.wakeup_later r (Some s)
      | Flush | Ping _ | Pong _ -> next ()
      | Closed _ -> Lwt.wakeup_later r None
      | Failed e -> Lwt.wakeup_later_exn r e) in
  next ();
  p

let read_all stream =
  let b = Buffer.create 256 in
  let rec loop () =
    Lwt.bind (read stream) (function
      | Some s -> Buffer.add_string b s; loop ()
      | None -> Lwt.return (Buffer.contents b)) in
  loop ()

(* ---- the host's side ------------------------------------------------------------------ *)

external host_body_read : int -> int = "%host:dream_body_read"
external host_stream_start : int * int * (string * string) list -> unit = "%host:dream_stream_start"
external host_stream_write : int * string -> int = "%host:dream_stream_write"
external host_stream_flush : int -> int = "%host:dream_stream_flush"
external host_stream_end : int * bool -> unit = "%host:dream_stream_end"
external host_ws_upgrade : int * (string * string) list -> unit = "%host:dream_ws_upgrade"
external host_ws_read : int -> int = "%host:dream_ws_read"
external host_ws_send : int * string * bool * bool -> int = "%host:dream_ws_send"
external host_ws_close : int * int -> unit = "%host:dream_ws_close"

let io_wait token : 'a Lwt.t = Lwt.map Obj.obj (Lwt_main.io_wait token)

(* Request [id]'s body as the host hands it over: [first] (what had arrived with the head),
   then piece by piece from the connection. Data is binary, not final; the end closes 1000. *)
let host_body_stream id first =
  let first = ref (if first = "" then None else Some first) and closed = ref None in
  let read_event k =
    match !closed, !first with
    | Some code, _ -> k (Closed code)
    | None, Some s -> first := None; k (Data (s, true, false))
    | None, None ->
      let token = host_body_read id in
      if token = 0 then (closed := Some 1000; k (Closed 1000))
      else
        Lwt.on_success (io_wait token) (function
          | Some s -> k (Data (s, true, false))
          | None -> closed := Some 1000; k (Closed 1000)) in
  { read_event; write_event = no_writer;
    close_both = (fun code -> if !closed = None then closed := Some code);
    abort_both = (fun _ -> if !closed = None then closed := Some 1000) }

(* Sends what [stream] yields as the body of response [id], whose head goes out first. A
   client that went away closes the stream, so the writer's next write fails. *)
let pump_response id status headers stream =
  host_stream_start (id, status, headers);
  let rec next () =
    stream.read_event (function
      | Data (s, _, _) -> after (host_stream_write (id, s))
      | Flush -> after (host_stream_flush id)
      | Ping _ | Pong _ -> next ()
      | Closed _ -> host_stream_end (id, false)
      | Failed _ -> host_stream_end (id, true))
  and after token =
    Lwt.on_success (io_wait token) (fun alive ->
      if alive then next () else begin stream.close_both 1000; host_stream_end (id, true) end) in
  next ()

(* ---- websockets ----------------------------------------------------------------------- *)

(* The application's side: it reads what the client sent and writes what goes to it. *)
type websocket = { incoming : stream; outgoing : stream }

let websocket_pair () = { incoming = pipe (); outgoing = pipe () }

let close_websocket_with ws code = ws.incoming.close_both code; ws.outgoing.close_both code
let abort_websocket_with ws e = ws.incoming.abort_both e; ws.outgoing.abort_both e

(* The socket as one stream: the application's side reads what came in and writes what goes
   out; the peer's side (what the HTTP layer works) the other way round. *)
let websocket_side ws =
  { read_event = ws.incoming.read_event; write_event = ws.outgoing.write_event;
    close_both = close_websocket_with ws; abort_both = abort_websocket_with ws }

let websocket_peer_side ws =
  { read_event = ws.outgoing.read_event; write_event = ws.incoming.write_event;
    close_both = close_websocket_with ws; abort_both = abort_websocket_with ws }

(* A frame from the host, as its event carries it. *)
type frame = Frame of string * bool * bool | Frame_closed of int

(* Carries frames both ways between the upgraded connection [id] and the pair. *)
let pump_websocket id headers ws =
  host_ws_upgrade (id, headers);
  let rec outgoing () =
    ws.outgoing.read_event (function
      | Data (s, binary, fin) ->
        Lwt.on_success (io_wait (host_ws_send (id, s, binary, fin))) (fun alive ->
          if alive then outgoing () else close_websocket_with ws 1005)
      | Flush | Ping _ | Pong _ -> outgoing ()
      | Closed code -> host_ws_close (id, code)
      | Failed _ -> host_ws_close (id, 1011)) in
  let rec incoming () =
    Lwt.on_success (io_wait (host_ws_read id)) (function
      | Frame (s, binary, fin) ->
        ws.incoming.write_event (Data (s, binary, fin)) ~ok:incoming ~close:ignore ~exn:ignore
      | Frame_closed code -> ws.incoming.close_both code) in
  outgoing ();
  incoming ()

type text_or_binary = [ `Text | `Binary ]
type end_of_message = [ `End_of_message | `Continues ]

let send ?(text_or_binary = `Text) ?(end_of_message = `End_of_message) ws s =
  write_to ws.outgoing (Data (s, text_or_binary = `Binary, end_of_message = `End_of_message))

let receive_fragment ws =
  let (p, r) = Lwt.wait () in
  let rec next () =
    ws.incoming.read_event (function
      | Data (s, binary, fin) ->
        Lwt.wakeup_later r (Some (s, (if binary then `Binary else `Text), (if fin then `End_of_message else `Continues)))
      | Flush | Ping _ | Pong _ -> next ()
      | Closed _ -> Lwt.wakeup_later r None
      | Failed e -> Lwt.wakeup_later_exn r e) in
  next ();
  p

(* Fragments up to one with FIN; what was gathered if the socket closes midway. *)
let receive ws =
  let rec gather acc =
    Lwt.bind (receive_fragment ws) (function
      | None -> Lwt.return (match acc with [] -> None | _ -> Some (String.concat "" (List.rev acc)))
      | Some (s, _, `End_of_message) -> Lwt.return (Some (String.concat "" (List.rev (s :: acc))))
      | Some (s, _, `Continues) -> gather (s :: acc)) in
  gather []

let close_websocket ?(code = 1000) ws = close_websocket_with ws code; Lwt.return_unit
