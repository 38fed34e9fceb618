(* Dream for mlrun: messages, the router, the logger, error handling, testing and Dream.run
   over the native host. Behaviour follows Dream 1.0.0~alpha8 (shared/dream-api.md). Without
   a type checker, requests and responses share one record type: Dream's ['a message]
   functions (headers, bodies, fields) then work on both without dispatch. *)

include Dream__pure
include Dream__static

external host_listen : string * int * string option * (string * string) option -> unit = "%host_listen"
(* The same host request, for HTTPS: port, certificate file, key file ("" for the built-in). *)
external host_respond : int * int * (string * string) list * string -> unit = "%host_respond"
external host_time : unit -> float = "%host_time"
external format_float : string -> float -> string = "caml_format_float"
external host_port_override : unit -> int = "%host_port_override"

(* ---- messages ------------------------------------------------------------------------- *)

type message = {
  mutable status : Obj.t;
  mutable headers : (string * string) list;
  mutable body : string;
  mutable meth : Obj.t;
  target : string;
  host_id : int;
  (* A body given as a string (Content-Length when sent), rather than a stream (chunked). *)
  mutable known_body : bool;
  (* Indexed by field key; [None] where unset. Grown on demand: fields can be made at any time. *)
  mutable fields : Obj.t option array;
}

type request = message
type response = message
type handler = request -> response Lwt.t
type middleware = handler -> handler
type 'a promise = 'a Lwt.t

(* ---- variables ------------------------------------------------------------------------ *)

type 'a field = { key : int; field_name : string option; show : ('a -> string) option }

let next_key = ref 0
let shown_fields = ref []

let new_field ?name ?show_value () =
  incr next_key;
  let f = { key = !next_key; field_name = name; show = show_value } in
  (match name, show_value with
   | Some n, Some s -> shown_fields := !shown_fields @ [(f.key, (n, fun v -> s (Obj.obj v)))]
   | _ -> ());
  f

let field_value m key = if key < Array.length m.fields then Array.unsafe_get m.fields key else None
(* The stored option is returned as it is: [Obj.obj] is the identity, and rewrapping would
   allocate on every lookup. *)
let field m f : 'a option = Obj.magic (field_value m f.key)
let set_field m f v =
  if f.key >= Array.length m.fields then begin
    let grown = Array.make (!next_key + 1) None in
    Array.blit m.fields 0 grown 0 (Array.length m.fields);
    m.fields <- grown
  end;
  Array.unsafe_set m.fields f.key (Some (Obj.repr v))

(* Dream's own fields, shown in debug dumps in the order Dream's field map keeps them. The
   router's path and prefix are not shown: their show functions are not documented. *)
let client_field = new_field ~name:"dream.client" ~show_value:(fun s -> s) ()
let tls_field = new_field ~name:"dream.tls" ~show_value:string_of_bool ()
let request_id_field = new_field ~name:"dream.request_id" ~show_value:(fun s -> s) ()
let fd_field = new_field ~name:"dream.fd" ~show_value:string_of_int ()
let path_field = new_field ()
let prefix_field = new_field ()
let params_field =
  new_field ~name:"dream.params"
    ~show_value:(fun ps -> String.concat ", " (List.map (fun (k, v) -> k ^ "=" ^ v) ps)) ()
type session = {
  mutable session_id : string;
  mutable label : string;
  mutable expires_at : float;
  mutable payload : (string * string) list;
  mutable dirty : bool;
  lifetime : float;
  store : session_store;
}
(* What a backend does when a field changes and when the session is replaced. *)
and session_store = {
  changed : message -> session -> unit Lwt.t;
  renew : message -> session -> unit Lwt.t;
}

let session_field =
  new_field ~name:"dream.session"
    ~show_value:(fun s ->
      s.label ^ " [" ^ String.concat ", " (List.map (fun (k, v) -> Printf.sprintf "%S: %S" k v) s.payload) ^ "]") ()
let secret_field = new_field ~name:"dream.secret" ~show_value:(fun _ -> "[redacted]") ()
(* A message's body as a stream (a request's server stream, a response's client stream), and
   the promise of the whole body once read (Dream reads it once). *)
let stream_field : Dream__stream.stream field = new_field ()
let body_cache_field : string Lwt.t field = new_field ()
(* The websocket a 101 response carries to the HTTP layer. *)
let websocket_field : Dream__stream.websocket field = new_field ()
(* Set on requests: which of a message's two streams is its body. *)
let request_field : unit field = new_field ()
let drop_field m f = if f.key < Array.length m.fields then Array.unsafe_set m.fields f.key None

(* ---- requests and responses ----------------------------------------------------------- *)

let make ?(status = `OK) ?(meth = `GET) ?(target = "/") ?(host_id = -1) headers body =
  { status = Obj.repr status; headers; body; meth = Obj.repr meth; target; host_id; fields = [||]; known_body = true }

(* Dream builds some responses on an empty stream rather than a string: they go out chunked. *)
let streamed_empty status = let r = make ~status [] "" in r.known_body <- false; r

let request ?(method_ = `GET) ?(target = "/") ?(headers = []) body =
  let r = make ~meth:(normalize_method method_) ~target headers body in
  set_field r request_field ();
  r

let response ?status ?code ?(headers = []) body =
  let status = match status, code with Some s, _ -> s | None, Some c -> int_to_status c | None, None -> `OK in
  make ~status headers body

let respond ?status ?code ?headers body = Lwt.return (response ?status ?code ?headers body)

let client r = match field r client_field with Some c -> c | None -> "127.0.0.1:0"
let set_client r c = set_field r client_field c
let tls r = field r tls_field = Some true
let method_ r = Obj.obj r.meth
let set_method_ r m = r.meth <- Obj.repr (normalize_method m)
let target r = r.target
let status r = Obj.obj r.status
let set_status r s = r.status <- Obj.repr s
let code r = status_to_int (status r)

let header m name =
  let name = lowercase name in
  match List.find_opt (fun (n, _) -> lowercase n = name) m.headers with Some (_, v) -> Some v | None -> None

let headers m name =
  let name = lowercase name in
  List.map snd (List.filter (fun (n, _) -> lowercase n = name) m.headers)

let all_headers m = m.headers
let has_header m name = header m name <> None
let add_header m name value = m.headers <- m.headers @ [(name, value)]
let drop_header m name =
  let name = lowercase name in
  m.headers <- List.filter (fun (n, _) -> lowercase n <> name) m.headers
let set_header m name value = drop_header m name; add_header m name value

let body m =
  match field m body_cache_field, field m stream_field with
  | Some p, _ -> p
  | None, None -> Lwt.return m.body
  | None, Some s ->
    let p = Lwt.map (fun b -> m.body <- b; b) (Dream__stream.read_all s) in
    set_field m body_cache_field p;
    p

let set_body m b =
  m.body <- b; m.known_body <- true; drop_field m stream_field; drop_field m body_cache_field

let with_type content_type ?status ?code ?headers body =
  let r = response ?status ?code ?headers body in
  set_header r "Content-Type" content_type;
  Lwt.return r

let html ?status ?code ?headers body = with_type text_html ?status ?code ?headers body
let json ?status ?code ?headers body = with_type application_json ?status ?code ?headers body

let empty ?headers status = respond ?headers ~status ""

let redirect ?status ?code ?headers _request location =
  let status = match status, code with None, None -> Some `See_Other | s, _ -> s in
  let r = response ?status ?code ?headers "" in
  set_header r "Location" location;
  Lwt.return r

let path r =
  match field r path_field with Some p -> p | None -> from_path (fst (split_target r.target))
let with_path p r = set_field r path_field p; r
let prefix r = to_path (match field r prefix_field with Some p -> p | None -> [])

(* ---- cryptography and cookies --------------------------------------------------------- *)

external host_random : int -> string = "%host:dream_random"
external host_encrypt : string * string * string -> string = "%host:dream_encrypt"
external host_decrypt : string * string * string -> string option = "%host:dream_decrypt"

let random n = host_random n

(* Without [set_secret], one random secret for the whole process. *)
let fallback_secret = lazy (host_random 32)

let set_secret ?(old_secrets = []) secret inner request =
  set_field request secret_field (secret :: old_secrets);
  inner request

let secrets request = match field request secret_field with Some s -> s | None -> [Lazy.force fallback_secret]

let encrypt ?(associated_data = "") request plaintext =
  host_encrypt (List.hd (secrets request), associated_data, plaintext)

(* The current secret with the associated data, then the old ones without it (Dream's quirk). *)
let decrypt ?(associated_data = "") request ciphertext =
  match secrets request with
  | [] -> None
  | current :: old ->
    match host_decrypt (current, associated_data, ciphertext) with
    | Some p -> Some p
    | None -> List.find_map (fun s -> host_decrypt (s, "", ciphertext)) old

let all_cookies request = List.concat_map from_cookie (headers request "Cookie")

(* Under names that set_cookie's and cookie's own arguments do not hide. *)
let router_prefix = prefix
let encrypt_value = encrypt
let decrypt_value = decrypt

(* The cookie's full name and attributes, from set_cookie's and cookie's shared defaults. *)
let cookie_name ?prefix ?domain ?path ?secure request name =
  let path = match path with Some p -> p | None -> Some (router_prefix request) in
  let secure = match secure with Some s -> s | None -> tls request in
  let prefix =
    match prefix with
    | Some p -> p
    | None ->
      if domain = None && path = Some "/" && secure then Some `Host
      else if secure then Some `Secure
      else None in
  let full = (match prefix with Some `Host -> "__Host-" | Some `Secure -> "__Secure-" | None -> "") ^ name in
  (full, path, secure)

let set_cookie ?prefix ?(encrypt = true) ?expires ?max_age ?domain ?path ?secure ?(http_only = true) ?same_site
    response request name value =
  let (full, path, secure) = cookie_name ?prefix ?domain ?path ?secure request name in
  let same_site = match same_site with Some s -> s | None -> Some `Lax in
  let value =
    if encrypt then to_base64url (encrypt_value ~associated_data:("dream.cookie-" ^ full) request value)
    else value in
  add_header response "Set-Cookie"
    (to_set_cookie ?expires ?max_age ?domain ?path ~secure ~http_only ?same_site full value)

let drop_cookie ?prefix ?domain ?path ?secure ?http_only ?same_site response request name =
  set_cookie ?prefix ~encrypt:false ~expires:0. ?domain ?path ?secure ?http_only ?same_site response request name ""

let cookie ?prefix ?(decrypt = true) ?domain ?path ?secure request name =
  let (full, _, _) = cookie_name ?prefix ?domain ?path ?secure request name in
  match List.assoc_opt full (all_cookies request) with
  | None -> None
  | Some v when not decrypt -> Some v
  | Some v ->
    match from_base64url v with
    | None -> None
    | Some raw -> decrypt_value ~associated_data:("dream.cookie-" ^ full) request raw

let all_queries r = from_form_urlencoded (snd (split_target r.target))
let query r name = List.assoc_opt name (all_queries r)
let queries r name = List.map snd (List.filter (fun (k, _) -> k = name) (all_queries r))

(* ---- log ------------------------------------------------------------------------------ *)

type log_level = [ `Error | `Warning | `Info | `Debug ]

let rank = function `Error -> 1 | `Warning -> 2 | `Info -> 3 | `Debug -> 4
let global_level = ref 3
(* Levels recorded per source name, and the live level cell of every source created. *)
let named_levels : (string * int) list ref = ref []
let sources : (string * int ref) list ref = ref []

(* DD.MM.YY HH:MM:SS.mmm, in UTC. A server logs many lines a second, so the part up to the
   seconds is formatted once per second. *)
let stamp_cache = ref (-1, "")

let timestamp () =
  let t = host_time () in
  let secs = floor t in
  let ms = format_float "%03.0f" (min 999. ((t -. secs) *. 1000.)) in
  let secs = int_of_float secs in
  let prefix =
    match !stamp_cache with
    | (s, p) when s = secs -> p
    | _ ->
      let (y, m, d) = civil_of_days (secs / 86400) and rem = secs mod 86400 in
      let p = Printf.sprintf "%02d.%02d.%02d %02d:%02d:%02d." d m (y mod 100) (rem / 3600) (rem / 60 mod 60) (rem mod 60) in
      stamp_cache := (secs, p);
      p in
  prefix ^ ms

(* The id of the request being handled, for log lines without ~request (Dream keeps it in
   an Lwt key around the handler). *)
let current_request_id = ref None

let last n s = let l = String.length s in if l <= n then s else String.sub s (l - n) n

let emit source level request msg =
  let id = match request with Some r -> field r request_id_field | None -> !current_request_id in
  let req = match id with Some i when i <> "" -> " REQ " ^ i | _ -> "" in
  let source = last 15 source in
  let pad = String.make (15 - String.length source) ' ' in
  prerr_string (String.concat "" [timestamp (); " "; pad; source; " "; level; req; " "; msg; "\n"]);
  flush stderr

let level_column = function `Error -> "ERROR" | `Warning -> " WARN" | `Info -> " INFO" | `Debug -> "DEBUG"

let log fmt = Printf.ksprintf (fun msg -> emit "" "     " None msg) fmt

(* The function a conditional log hands to its callback, `?request:request -> format -> ...`.
   In a program the type checker typed, `log ~request fmt` arrives as `log (Some request) fmt`
   and `log fmt` as `log None fmt`; in one it did not (labels are then resolved only for
   known callees), as `log request fmt` and `log fmt`. The first argument tells them apart:
   a format is a string at run time, `None` an immediate, `Some r` a block of one field. *)
let message_logger source level first =
  let emit_with request = Obj.magic (fun fmt -> Printf.ksprintf (emit source (level_column level) request) fmt) in
  let first = Obj.repr first in
  if Obj.is_int first then emit_with None
  else if Obj.tag first = Obj.string_tag then Printf.ksprintf (emit source (level_column level) None) (Obj.magic first)
  else if Obj.size first = 1 then emit_with (Obj.magic first : request option)
  else emit_with (Some (Obj.magic first : request))

let conditional source cell level k = if rank level <= !cell then k (message_logger source level)

type sub_log = {
  error : 'a. ((request option -> ('a, unit, string, unit) format4 -> 'a) -> unit) -> unit;
  warning : 'a. ((request option -> ('a, unit, string, unit) format4 -> 'a) -> unit) -> unit;
  info : 'a. ((request option -> ('a, unit, string, unit) format4 -> 'a) -> unit) -> unit;
  debug : 'a. ((request option -> ('a, unit, string, unit) format4 -> 'a) -> unit) -> unit;
}

let sub_log ?level name =
  let initial = match level, List.assoc_opt name !named_levels with
    | Some l, _ -> rank l | None, Some r -> r | None, None -> !global_level in
  (match level with Some l -> named_levels := (name, rank l) :: List.remove_assoc name !named_levels | None -> ());
  let cell = ref initial in
  sources := (name, cell) :: !sources;
  { error = (fun k -> conditional name cell `Error k);
    warning = (fun k -> conditional name cell `Warning k);
    info = (fun k -> conditional name cell `Info k);
    debug = (fun k -> conditional name cell `Debug k) }

let application = sub_log ""
let error k = application.error k
let warning k = application.warning k
let info k = application.info k
let debug k = application.debug k

let set_log_level name level =
  named_levels := (name, rank level) :: List.remove_assoc name !named_levels;
  List.iter (fun (n, cell) -> if n = name then cell := rank level) !sources

(* Whether Dream installs its Lwt.async_exception_hook (initialize_log, or the HTTP layer on
   its first request), and how (set once the logger's source exists). *)
let async_hook_wanted = ref true
let install_async_hook = ref (fun () -> ())

let initialize_log ?backtraces ?async_exception_hook ?(level = `Info) ?enable () =
  let _ = backtraces, enable in
  async_hook_wanted := async_exception_hook <> Some false;
  if !async_hook_wanted then !install_async_hook ();
  global_level := rank level;
  List.iter (fun (n, cell) -> cell := match List.assoc_opt n !named_levels with Some r -> r | None -> rank level) !sources

let router_log = sub_log "dream.router"
let http_log = sub_log "dream.http"
let logger_log = sub_log "dream.logger"

let () =
  install_async_hook := fun () ->
    Lwt.async_exception_hook := fun exn ->
      logger_log.error (fun log -> log "Async exception: %s" (Printexc.to_string exn))

(* ---- sessions (memory backend) -------------------------------------------------------- *)

let session_log = sub_log "dream.session"
let memory_store : (string, session) Hashtbl.t = Hashtbl.create 16

let missing_session () =
  session_log.error (fun log -> log "Missing session middleware");
  failwith "Missing session middleware"

let get_session request = match field request session_field with Some s -> s | None -> missing_session ()

let rec fresh_id () = let id = to_base64url (random 18) in if Hashtbl.mem memory_store id then fresh_id () else id

(* A fresh session in place of [s]: new id and label, empty, full lifetime, to be sent. *)
let reset_session s id =
  s.session_id <- id;
  s.label <- to_base64url (random 9);
  s.expires_at <- host_time () +. s.lifetime;
  s.payload <- [];
  s.dirty <- true

let memory_store_ops = {
  changed = (fun _ _ -> Lwt.return_unit);
  renew = (fun _ s ->
    Hashtbl.remove memory_store s.session_id;
    reset_session s (fresh_id ());
    Hashtbl.replace memory_store s.session_id s;
    Lwt.return_unit);
}

let fresh_session lifetime =
  let s = { session_id = fresh_id (); label = to_base64url (random 9); expires_at = host_time () +. lifetime;
            payload = []; dirty = true; lifetime; store = memory_store_ops } in
  Hashtbl.replace memory_store s.session_id s;
  s

(* The session the request's cookie names, refreshed past half its lifetime; a new one if it
   is missing, unknown or expired. *)
let load_session lifetime request =
  let now = host_time () in
  let stored =
    match cookie ~decrypt:false request "dream.session" with
    | Some v when String.length v > 0 && v.[0] = '0' -> Hashtbl.find_opt memory_store (String.sub v 1 (String.length v - 1))
    | _ -> None in
  match stored with
  | Some s when s.expires_at > now ->
    if s.expires_at -. now <= lifetime /. 2. then begin s.expires_at <- now +. lifetime; s.dirty <- true end
    else s.dirty <- false;
    s
  | Some s -> Hashtbl.remove memory_store s.session_id; fresh_session lifetime
  | None -> fresh_session lifetime

(* Runs [inner] with [session], then sends its cookie if it changed ("0" ^ id, unencrypted:
   the memory and SQL backends keep the contents). *)
let with_session session inner request =
  set_field request session_field session;
  Lwt.bind (inner request) (fun response ->
    if session.dirty then
      set_cookie response request "dream.session" ("0" ^ session.session_id) ~encrypt:false
        ~max_age:(session.expires_at -. host_time ());
    Lwt.return response)

let memory_sessions ?(lifetime = 1209600.) inner request = with_session (load_session lifetime request) inner request

let session_cookie_id request =
  match cookie ~decrypt:false request "dream.session" with
  | Some v when String.length v > 0 && v.[0] = '0' -> Some (String.sub v 1 (String.length v - 1))
  | _ -> None


let session_field request name = List.assoc_opt name (get_session request).payload
let all_session_fields request = (get_session request).payload
let set_session_field request name value =
  let s = get_session request in
  s.payload <- (name, value) :: List.remove_assoc name s.payload;
  s.store.changed request s
let drop_session_field request name =
  let s = get_session request in
  s.payload <- List.remove_assoc name s.payload;
  s.store.changed request s
(* A fresh session in place of the request's: new id and label, empty, full lifetime. *)
let invalidate_session request = let s = get_session request in s.store.renew request s
let session_id request = (get_session request).session_id
let session_label request = (get_session request).label
let session_expires_at request = (get_session request).expires_at

(* ---- flash messages ------------------------------------------------------------------ *)

let flash_log = sub_log "dream.flash"
let flash_outbox : (string * string) list ref field = new_field ()

(* The cookie holds a JSON array [category, message, ...], as Dream writes it with Yojson. *)
let flash_messages request =
  match cookie request "dream.flash" with
  | None -> []
  | Some json ->
    match Yojson.Basic.from_string json with
    | exception Yojson.Json_error _ -> []
    | `List items ->
      let strings = List.map (function `String s -> s | _ -> failwith "Bad flash message content") items in
      let rec pairs = function c :: m :: rest -> (c, m) :: pairs rest | _ -> [] in
      pairs strings
    | _ -> []

let add_flash_message request category message =
  match field request flash_outbox with
  | Some outbox -> outbox := !outbox @ [ (category, message) ]
  | None ->
    flash_log.error (fun log -> log "Missing flash message middleware");
    failwith "Missing flash message middleware"

let flash inner request =
  let outbox = ref [] in
  set_field request flash_outbox outbox;
  Lwt.bind (inner request) (fun response ->
    let messages = !outbox in
    (match messages with
     | [] -> flash_log.debug (fun log -> log request "No flash messages.")
     | _ -> flash_log.debug (fun log -> log request "Flash messages: %s"
              (String.concat ", " (List.map (fun (c, m) -> c ^ ": " ^ m) messages))));
    (if messages <> [] then begin
       let json = Yojson.Basic.to_string (`List (List.concat_map (fun (c, m) -> [ `String c; `String m ]) messages)) in
       if String.length json >= 3072 then
         flash_log.warning (fun log -> log request "Flash messages exceed soft size limit (3072 bytes)");
       set_cookie response request "dream.flash" json ~max_age:300.
     end
     else if cookie ~decrypt:false request "dream.flash" <> None then
       set_cookie response request "dream.flash" "" ~expires:0.);
    Lwt.return response)

(* ---- CSRF tokens and forms ------------------------------------------------------------ *)

let csrf_log = sub_log "dream.csrf"
let form_log = sub_log "dream.form"

let csrf_token ?(valid_for = 3600.) request =
  let label = session_label request in
  let expires_at = floor (host_time () +. valid_for) in
  let json = Yojson.Basic.to_string (`Assoc [ ("session", `String label); ("expires_at", `Float expires_at) ]) in
  to_base64url (encrypt ~associated_data:"dream.csrf" request json)

let csrf_tag request =
  Printf.sprintf "<input name=\"dream.csrf\" type=\"hidden\" value=\"%s\">\n" (csrf_token request)

(* {"session":"LABEL","expires_at":NUMBER}, exactly those keys in that order. *)
let parse_csrf_payload json =
  match Yojson.Basic.from_string json with
  | `Assoc [ ("session", `String label); ("expires_at", `Float t) ] -> Some (label, t)
  | `Assoc [ ("session", `String label); ("expires_at", `Int t) ] -> Some (label, float_of_int t)
  | _ -> None
  | exception Yojson.Json_error _ -> None

let verify_csrf_token request token =
  let warn msg = csrf_log.warning (fun log -> log request msg) in
  Lwt.return
    (match from_base64url token with
     | None -> warn "CSRF token not Base64-encoded"; `Invalid
     | Some raw ->
       match decrypt ~associated_data:"dream.csrf" request raw with
       | None -> warn "CSRF token could not be verified"; `Invalid
       | Some json ->
         match parse_csrf_payload json with
         | None -> warn "CSRF token payload invalid"; `Invalid
         | Some (label, expires_at) ->
           if label <> session_label request then begin warn "CSRF token not for this session"; `Wrong_session end
           else if expires_at <= host_time () then begin warn "CSRF token expired"; `Expired expires_at end
           else `Ok)

let form ?(csrf = true) request =
  let content_type = match header request "Content-Type" with Some c -> List.hd (String.split_on_char ';' c) | None -> "" in
  if content_type <> "application/x-www-form-urlencoded" then begin
    form_log.warning (fun log -> log request "Content-Type not 'application/x-www-form-urlencoded'");
    Lwt.return `Wrong_content_type
  end else
    Lwt.bind (body request) (fun body ->
      let fields = from_form_urlencoded body in
      if not csrf then Lwt.return (`Ok (List.stable_sort (fun (a, _) (b, _) -> String.compare a b) fields))
      else begin
        let tokens, rest = List.partition (fun (k, _) -> k = "dream.csrf") fields in
        let rest = List.stable_sort (fun (a, _) (b, _) -> String.compare a b) rest in
        match tokens with
        | [] -> form_log.warning (fun log -> log request "CSRF token missing"); Lwt.return (`Missing_token rest)
        | [ (_, token) ] ->
          Lwt.map (function
            | `Ok -> `Ok rest
            | `Expired t -> `Expired (rest, t)
            | `Wrong_session -> `Wrong_session rest
            | `Invalid -> `Invalid_token rest) (verify_csrf_token request token)
        | _ -> form_log.warning (fun log -> log request "CSRF token duplicated"); Lwt.return (`Many_tokens rest)
      end)

let next_request_id = ref 0

let logger inner request =
  let id = match field request request_id_field with
    | Some id -> id
    | None -> incr next_request_id; let id = string_of_int !next_request_id in set_field request request_id_field id; id in
  let start = host_time () in
  let fd = match field request fd_field with Some fd -> " fd " ^ string_of_int fd | None -> "" in
  logger_log.info (fun log ->
    log ~request "%s %s %s%s %s" (method_to_string (method_ request)) request.target (client request) fd
      (String.concat " " (headers request "User-Agent")));
  current_request_id := Some id;
  Lwt.try_bind (fun () -> inner request)
    (fun response ->
      current_request_id := None;
      let elapsed = (host_time () -. start) *. 1e6 in
      let code = code response in
      let location = match header response "Location" with
        | Some l when code >= 300 && code < 400 -> " " ^ l | _ -> "" in
      let report log = log ~request "%i%s in %.0f \206\188s" code location elapsed in
      if code >= 500 then logger_log.error report
      else if code >= 400 then logger_log.warning report
      else logger_log.info report;
      Lwt.return response)
    (fun exn ->
      current_request_id := None;
      logger_log.warning (fun log -> log ~request "Aborted by: %s" (Printexc.to_string exn));
      Lwt.fail exn)

(* ---- middleware ----------------------------------------------------------------------- *)

let no_middleware h = h
let pipeline ms h = List.fold_right (fun m h -> m h) ms h

(* ---- routing -------------------------------------------------------------------------- *)

type token = Literal of string | Param of string | Wildcard

type node =
  | Handler of Obj.t option * token list * handler
  | Scope of token list * middleware list * node list

type route = node list

let parse_pattern pattern =
  let components = match String.split_on_char '/' pattern with "" :: rest -> rest | l -> l in
  let components = if pattern = "" then [] else drop_inner_empty components in
  let rec tokens = function
    | [] -> []
    | "**" :: [] -> [Wildcard]
    | "**" :: _ -> failwith "Path wildcard must be last"
    | c :: rest when String.length c > 1 && c.[0] = '*' -> ignore rest; failwith "Path wildcard must be just '**'"
    | c :: rest when String.length c > 0 && c.[0] = ':' ->
      if c = ":" then failwith ("Empty path parameter name in '" ^ pattern ^ "'")
      else Param (String.sub c 1 (String.length c - 1)) :: tokens rest
    | c :: rest -> Literal c :: tokens rest in
  tokens components

let route m pattern handler = [Handler (m, parse_pattern pattern, handler)]
let get p h = route (Some (Obj.repr `GET)) p h
let post p h = route (Some (Obj.repr `POST)) p h
let put p h = route (Some (Obj.repr `PUT)) p h
let delete p h = route (Some (Obj.repr `DELETE)) p h
let head p h = route (Some (Obj.repr `HEAD)) p h
let connect p h = route (Some (Obj.repr `CONNECT)) p h
let options p h = route (Some (Obj.repr `OPTIONS)) p h
let trace p h = route (Some (Obj.repr `TRACE)) p h
let patch p h = route (Some (Obj.repr `PATCH)) p h
let any p h = route None p h
let no_route = []

let scope prefix middlewares routes =
  let tokens = match List.rev (parse_pattern prefix) with Literal "" :: rest -> List.rev rest | t -> List.rev t in
  [Scope (tokens, middlewares, List.concat routes)]

(* Matches tokens against path components: the new bindings, the consumed components and the
   rest, or None. A wildcard consumes nothing and needs at least one component. *)
let rec match_tokens tokens path bindings consumed =
  match tokens, path with
  | [], rest -> Some (bindings, List.rev consumed, rest, false)
  | [Wildcard], (_ :: _ as rest) -> Some (bindings, List.rev consumed, rest, true)
  | Literal l :: ts, c :: cs when l = c -> match_tokens ts cs bindings (c :: consumed)
  | Param p :: ts, c :: cs when c <> "" -> match_tokens ts cs ((p, c) :: bindings) (c :: consumed)
  | _ -> None

(* The first route that takes the request, depth-first: its handler (wrapped in the
   middlewares of its scopes), parameters, prefix and remaining path. *)
let rec find_route meth nodes prefix path params wrap =
  match nodes with
  | [] -> None
  | Handler (m, tokens, h) :: rest ->
    let method_ok = match m with None -> true | Some m -> methods_equal (Obj.obj m) meth in
    let found = if not method_ok then None else
      match match_tokens tokens path params [] with
      | Some (ps, consumed, rest_path, true) -> Some (wrap h, ps, Some (prefix @ consumed, rest_path))
      | Some (ps, _, [], false) -> Some (wrap h, ps, None)
      | _ -> None in
    (match found with Some f -> Some f | None -> find_route meth rest prefix path params wrap)
  | Scope (tokens, middlewares, nested) :: rest ->
    let found = match match_tokens tokens path params [] with
      | Some (ps, consumed, rest_path, false) ->
        find_route meth nested (prefix @ consumed) rest_path ps (fun h -> wrap (pipeline middlewares h))
      | _ -> None in
    (match found with Some f -> Some f | None -> find_route meth rest prefix path params wrap)

let router routes request =
  let prefix = match field request prefix_field with Some p -> p | None -> [] in
  let params = match field request params_field with Some p -> p | None -> [] in
  match find_route (method_ request) (List.concat routes) prefix (path request) params (fun h -> h) with
  | None -> respond ~status:`Not_Found ""
  | Some (h, params, sub) ->
    set_field request params_field params;
    (match sub with
     | Some (prefix, rest) -> set_field request prefix_field prefix; set_field request path_field rest
     | None -> ());
    h request

let not_found _ = respond ~status:`Not_Found ""

let param request name =
  match field request params_field with
  | Some ps when List.mem_assoc name ps -> List.assoc name ps
  | _ ->
    let msg = Printf.sprintf "Dream.param: missing path parameter %S" name in
    router_log.error (fun log -> log ~request "%s" msg);
    failwith msg

let with_site_prefix p inner request =
  let want = drop_trailing_slash (from_path p) in
  let rec strip want path = match want, path with
    | [], rest -> Some rest
    | w :: ws, c :: cs when w = c -> strip ws cs
    | _ -> None in
  match strip want (path request) with
  | None -> respond ~status:`Bad_Gateway ""
  | Some rest -> set_field request prefix_field want; set_field request path_field rest; inner request

(* ---- errors --------------------------------------------------------------------------- *)

type error = {
  condition : [ `Response of response | `String of string | `Exn of exn ];
  layer : [ `App | `HTTP | `HTTP2 | `TLS | `WebSocket ];
  caused_by : [ `Server | `Client ];
  request : request option;
  response : response option;
  client : string option;
  severity : log_level;
  will_send_response : bool;
}

type error_handler = error -> response option Lwt.t

let layer_tag = function
  | `App -> None | `HTTP -> Some "HTTP" | `HTTP2 -> Some "HTTP/2" | `TLS -> Some "TLS" | `WebSocket -> Some "WebSocket"

let log_error (e : error) =
  let description = match e.condition with
    | `String s -> Some s | `Exn exn -> Some (Printexc.to_string exn) | `Response _ -> None in
  match description with
  | None -> ()
  | Some d ->
    let tag = match layer_tag e.layer, e.client with
      | None, _ -> [] | Some t, Some c -> [t ^ " (" ^ c ^ ")"] | Some t, None -> [t] in
    let msg = String.concat ": " (tag @ [d]) in
    let report log = match e.request with Some request -> log ~request "%s" msg | None -> log "%s" msg in
    match e.severity with
    | `Error -> http_log.error report | `Warning -> http_log.warning report
    | `Info -> http_log.info report | `Debug -> http_log.debug report

let dump (e : error) =
  let b = Buffer.create 256 in
  (match e.condition with
   | `Response r -> Buffer.add_string b (Printf.sprintf "%i %s\n" (code r) (status_to_string (status r)))
   | `String "" -> Buffer.add_string b "(Library error without description payload)\n"
   | `String s -> Buffer.add_string b (s ^ "\n")
   | `Exn exn -> Buffer.add_string b (Printexc.to_string exn ^ "\n"));
  Buffer.add_string b "\n";
  Buffer.add_string b ("From: " ^ (match e.layer with
    | `App -> "Application" | `HTTP -> "HTTP library" | `HTTP2 -> "HTTP2 library"
    | `TLS -> "TLS library" | `WebSocket -> "WebSocket library") ^ "\n");
  Buffer.add_string b ("Blame: " ^ (match e.caused_by with `Server -> "Server" | `Client -> "Client") ^ "\n");
  Buffer.add_string b ("Severity: " ^ (match e.severity with
    | `Error -> "Error" | `Warning -> "Warning" | `Info -> "Info" | `Debug -> "Debug"));
  (match e.client with Some c -> Buffer.add_string b ("\n\nClient: " ^ c) | None -> ());
  (match e.request with
   | None -> ()
   | Some r ->
     Buffer.add_string b (Printf.sprintf "\n\n%s %s" (method_to_string (method_ r)) r.target);
     List.iter (fun (n, v) -> Buffer.add_string b (Printf.sprintf "\n%s: %s" n v)) r.headers;
     let shown = List.filter_map (fun (key, (name, show)) ->
       match field_value r key with Some v -> Some (name, show v) | None -> None) !shown_fields in
     if shown <> [] then begin
       Buffer.add_string b "\n";
       List.iter (fun (n, v) -> Buffer.add_string b (Printf.sprintf "\n%s: %s" n v)) shown
     end);
  Buffer.contents b

let error_template template : error_handler = fun e ->
  log_error e;
  if not e.will_send_response then Lwt.return None
  else
    let suggested = match e.condition with
      | `Response r -> r
      | _ -> streamed_empty (match e.caused_by with `Server -> `Internal_Server_Error | `Client -> `Bad_Request) in
    Lwt.map (fun r -> Some r) (template e (dump e) suggested)

let debug_page code reason dump =
  Printf.sprintf
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
     <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
     <title>%i %s</title>\n<style>body { font-family: sans-serif; margin: 2em; } pre { white-space: pre-wrap; }</style>\n\
     </head>\n<body>\n<h1>An error occured!</h1>\n<h2>%i %s</h2>\n\
     <p>This page was generated by Dream's debug error handler. Turn it off in production.</p>\n\
     <h3>Debug Dump</h3>\n<pre><code>%s</code></pre>\n</body>\n</html>\n"
    code reason code reason (html_escape dump)

let debug_error_handler =
  error_template (fun _ dump r ->
    let c = code r in
    set_header r "Content-Type" text_html;
    set_body r (debug_page c (html_escape (status_to_string (status r))) dump);
    Lwt.return r)

let default_error_handler = error_template (fun _ _ r -> Lwt.return r)

let catch callback inner request =
  Lwt.try_bind (fun () -> try inner request with exn -> Lwt.fail exn)
    (fun r ->
      let c = code r in
      if c >= 400 && c < 600 then
        let client_side = c < 500 in
        callback { condition = `Response r; layer = `App;
                   caused_by = (if client_side then `Client else `Server); request = Some request;
                   response = Some r; client = Some (client request);
                   severity = (if client_side then `Warning else `Error); will_send_response = true }
      else Lwt.return r)
    (fun exn ->
      callback { condition = `Exn exn; layer = `App; caused_by = `Server; request = Some request;
                 response = None; client = Some (client request); severity = `Error;
                 will_send_response = true })

(* The built-in adapter: None from the error handler, or a handler that raises, is an empty 500. *)
let app_adapter (error_handler : error_handler) e =
  Lwt.catch (fun () ->
    Lwt.map (function Some r -> r | None -> streamed_empty `Internal_Server_Error) (error_handler e))
    (fun exn ->
      http_log.error (fun log -> log "Error handler raised: %s" (Printexc.to_string exn));
      Lwt.return (streamed_empty `Internal_Server_Error))

let check_headers inner request =
  Lwt.map (fun r ->
    if List.exists (fun (n, _) -> String.trim n = "") r.headers then
      http_log.warning (fun log -> log "A response header is empty or contains only whitespace");
    r) (inner request)

let builtins error_handler handler = check_headers (catch (app_adapter error_handler) handler)

(* ---- testing -------------------------------------------------------------------------- *)

let test ?(prefix = "") handler request = Lwt_main.run (with_site_prefix prefix handler request)

(* The request's body streamed back, as it arrives. *)
let echo request =
  let r = make [] request.body in
  r.known_body <- false;
  (match field request body_cache_field, field request stream_field with
   | None, Some s -> set_field r stream_field s
   | _ -> ());
  Lwt.return r

(* ---- server --------------------------------------------------------------------------- *)

(* The headers as sent: Dream frames a response the program did not frame itself, with a
   Content-Length for a known body (added by the host) and chunked for a stream. *)
let wire_headers r =
  if r.known_body || has_header r "Content-Length" || has_header r "Transfer-Encoding" then r.headers
  else r.headers @ [("Transfer-Encoding", "chunked")]

(* The host could not parse a request from this client: Dream hands that to the error handler
   as an HTTP-layer error, without a request, and answers 400 with the handler's headers and
   body. *)
let http_layer_error (error_handler : error_handler) id client =
  let e = { condition = `String "Bad request"; layer = `HTTP; caused_by = `Client; request = None;
            response = None; client = Some client; severity = `Warning; will_send_response = true } in
  Lwt.async (fun () ->
    Lwt.try_bind (fun () -> app_adapter error_handler e)
      (fun r -> host_respond (id, 400, wire_headers r, r.body); Lwt.return_unit)
      (fun _ -> host_respond (id, 400, [], ""); Lwt.return_unit))

(* A websocket upgrade as websocketaf scrutinizes it: GET with the protocol's headers. *)
let websocket_handshake_ok request =
  let has name token =
    List.exists (fun v -> List.exists (fun t -> lowercase (String.trim t) = token) (String.split_on_char ',' v))
      (headers request name) in
  methods_equal (method_ request) `GET && has "Upgrade" "websocket" && has "Connection" "upgrade"
  && header request "Sec-WebSocket-Version" = Some "13" && has_header request "Sec-WebSocket-Key"

(* Hands the response to the host: whole, streamed, or as a websocket upgrade (which Dream's
   HTTP layer refuses, through the error handler, when the request is no upgrade). *)
let send_response (error_handler : error_handler) request id r =
  match field r websocket_field with
  | Some ws when code r = 101 ->
    if websocket_handshake_ok request then Dream__stream.pump_websocket id r.headers ws
    else begin
      (* As in Dream, the callback's socket is left as it is: it never opens. *)
      let e = { condition = `String "Didn't pass scrutiny"; layer = `WebSocket; caused_by = `Client;
                request = Some request; response = None; client = Some (client request);
                severity = `Warning; will_send_response = true } in
      Lwt.async (fun () ->
        Lwt.try_bind (fun () -> app_adapter error_handler e)
          (fun r -> host_respond (id, 400, wire_headers r, r.body); Lwt.return_unit)
          (fun _ -> host_respond (id, 400, [], ""); Lwt.return_unit))
    end
  | _ ->
    match field r body_cache_field, field r stream_field with
    | None, Some s when not r.known_body -> Dream__stream.pump_response id (code r) (wire_headers r) s
    | _ -> host_respond (id, code r, wire_headers r, r.body)

let serve_on ?tls ~interface ?socket_path port error_handler use_builtins handler =
  let handler = if use_builtins then builtins error_handler handler else handler in
  host_listen (interface, port, socket_path, tls);
  let secure = tls <> None in
  let first = ref true in
  Lwt_main.request_hook := (fun (id, meth, target, hs, body, client, fd) ->
    if !first then begin first := false; if !async_hook_wanted then !install_async_hook () end;
    if meth = "" then http_layer_error error_handler id client else
    let request = make ~meth:(string_to_method meth) ~target ~host_id:id hs body in
    set_field request stream_field (Dream__stream.host_body_stream id body);
    set_field request request_field ();
    set_field request client_field client;
    set_field request tls_field secure;
    set_field request fd_field fd;
    Lwt.async (fun () ->
      Lwt.try_bind (fun () -> try handler request with e -> Lwt.fail e)
        (fun r -> send_response error_handler request id r; Lwt.return_unit)
        (fun exn ->
          http_log.error (fun log -> log ~request "%s" (Printexc.to_string exn));
          host_respond (id, 500, [], "");
          Lwt.return_unit)))

let serve ?(interface = "localhost") ?(port = 8080) ?socket_path ?(stop = fst (Lwt.wait ()))
    ?(error_handler = default_error_handler) ?tls ?certificate_file ?key_file ?(builtins = true) handler =
  let tls =
    if tls <> Some true then None
    else match certificate_file, key_file with
      | None, None ->
        if interface <> "localhost" && interface <> "127.0.0.1" then begin
          http_log.warning (fun log -> log "Using a development SSL certificate on a public interface");
          http_log.warning (fun log -> log "See arguments ~certificate_file and ~key_file")
        end;
        Some ("", "")
      | Some c, Some k -> Some (c, k)
      | _ -> raise (Invalid_argument "Must specify exactly one pair of certificate and key") in
  let port = match host_port_override () with -1 -> port | p -> p in
  serve_on ?tls ~interface ?socket_path port error_handler builtins handler;
  stop

let run ?(interface = "localhost") ?(port = 8080) ?socket_path ?stop ?error_handler ?tls ?certificate_file
    ?key_file ?builtins ?(greeting = true) ?adjust_terminal handler =
  (match adjust_terminal with
   | Some _ -> http_log.warning (fun log -> log "Dream.run: ~adjust_terminal is deprecated")
   | None -> ());
  let shown_port = match host_port_override () with -1 -> port | p -> p in
  let scheme = if tls = Some true then "https" else "http" in
  if greeting then begin
    (match socket_path with
     | Some p -> log "Running on %s" p
     | None ->
       if interface = "localhost" || interface = "127.0.0.1" then log "Running at %s://localhost:%i" scheme shown_port
       else log "Running on %s:%i (%s://localhost:%i)" interface shown_port scheme shown_port);
    log "Type Ctrl+C to stop"
  end;
  Lwt_main.run
    (serve ~interface ~port ?socket_path ?stop ?error_handler ?tls ?certificate_file ?key_file ?builtins handler)
