(* The first slice of Dream for mlrun: requests and responses, the router, the logger and
   Dream.run over the native host. It uses only the primitives below, so it does not wait for
   the rest of the stdlib. Behaviour follows Dream 1.0.0~alpha8 (shared/dream-api.md). *)

external host_listen : int -> unit = "%host_listen"
external host_respond : int * int * (string * string) list * string -> unit = "%host_respond"
external host_time : unit -> float = "%host_time"
external host_port_override : unit -> int = "%host_port_override"
external string_get : string -> int -> char = "%string_safe_get"
external bytes_create : int -> bytes = "caml_create_bytes"
external blit_string : string -> int -> bytes -> int -> int -> unit = "caml_blit_string"
external bytes_to_string : bytes -> string = "%bytes_to_string"
external bytes_set : bytes -> int -> char -> unit = "%bytes_safe_set"
external format_exception : exn -> string = "caml_format_exception"

(* ---- strings -------------------------------------------------------------------------- *)

let sub s start len =
  let b = bytes_create len in
  blit_string s start b 0 len;
  bytes_to_string b

let index_from s start c =
  let n = string_length s in
  let rec go i = if i >= n then None else if string_get s i = c then Some i else go (i + 1) in
  go start

let split_on s c =
  let n = string_length s in
  let rec go start =
    match index_from s start c with
    | None -> [sub s start (n - start)]
    | Some i -> sub s start (i - start) :: go (i + 1) in
  go 0

let lowercase s =
  let n = string_length s in
  let b = bytes_create n in
  for i = 0 to n - 1 do
    let c = int_of_char (string_get s i) in
    bytes_set b i (char_of_int (if c >= 65 && c <= 90 then c + 32 else c))
  done;
  bytes_to_string b

let pad_left width s =
  let n = string_length s in
  if n >= width then sub s (n - width) width
  else begin
    let b = bytes_create width in
    for i = 0 to width - n - 1 do blit_string " " 0 b i 1 done;
    blit_string s 0 b (width - n) n;
    bytes_to_string b
  end

let two n = if n < 10 then "0" ^ string_of_int n else string_of_int n
let three n = if n < 10 then "00" ^ string_of_int n else if n < 100 then "0" ^ string_of_int n else string_of_int n

(* ---- messages ------------------------------------------------------------------------- *)

type method_ = string
type status = int

type request = {
  host_id : int;
  meth : string;
  target : string;
  req_headers : (string * string) list;
  req_body : string;
  client_addr : string;
  socket_fd : int;
  mutable params : (string * string) list;
  mutable request_id : string option;
  mutable prefix_len : int;
}

type response = {
  mutable status : int;
  mutable headers : (string * string) list;
  mutable body : string;
}

type handler = request -> response Lwt.t
type middleware = handler -> handler

let response ?(status = 200) ?(headers = []) body = { status; headers; body }

let respond ?status ?code ?headers body =
  let status = match code, status with Some c, _ -> Some c | None, s -> s in
  Lwt.return (response ?status ?headers body)

let with_content_type ct headers =
  ("Content-Type", ct) :: List.filter (fun (n, _) -> lowercase n <> "content-type") headers

let html ?status ?code ?(headers = []) body =
  respond ?status ?code ~headers:(with_content_type "text/html; charset=utf-8" headers) body

let json ?status ?code ?(headers = []) body =
  respond ?status ?code ~headers:(with_content_type "application/json" headers) body

let empty ?(headers = []) status = Lwt.return (response ~status ~headers "")

let redirect ?status ?code ?(headers = []) _request location =
  let status = match status, code with Some s, _ -> s | None, Some c -> c | None, None -> 303 in
  Lwt.return (response ~status ~headers:(("Location", location) :: headers) "")

let html_escape s =
  let n = string_length s in
  let rec go i acc start =
    if i >= n then acc ^ sub s start (n - start)
    else
      let entity = match string_get s i with
        | '&' -> Some "&amp;" | '<' -> Some "&lt;" | '>' -> Some "&gt;"
        | '"' -> Some "&quot;" | '\'' -> Some "&#x27;" | _ -> None in
      match entity with
      | Some e -> go (i + 1) (acc ^ sub s start (i - start) ^ e) (i + 1)
      | None -> go (i + 1) acc start in
  go 0 "" 0
let not_found _ = empty 404

let method_ r = r.meth
let target r = r.target
let client r = r.client_addr
let body r = Lwt.return r.req_body

let header r name =
  let name = lowercase name in
  match List.find_opt (fun (n, _) -> lowercase n = name) r.req_headers with
  | Some (_, v) -> Some v
  | None -> None

let headers r name =
  let name = lowercase name in
  List.map snd (List.filter (fun (n, _) -> lowercase n = name) r.req_headers)

let all_headers r = r.req_headers
let status r = r.status
let set_header r name value =
  r.headers <- (name, value) :: List.filter (fun (n, _) -> lowercase n <> lowercase name) r.headers
let add_header r name value = r.headers <- r.headers @ [(name, value)]

let param r name =
  match List.assoc_opt name r.params with
  | Some v -> v
  | None -> failwith ("Dream.param: missing path parameter " ^ "\"" ^ name ^ "\"")

(* ---- log ------------------------------------------------------------------------------ *)

(* DD.MM.YY HH:MM:SS.mmm, in UTC. *)
let timestamp () =
  let t = host_time () in
  let secs = int_of_float (floor t) in
  let ms = int_of_float (floor ((t -. floor t) *. 1000. +. 0.5)) in
  let ms = if ms > 999 then 999 else ms in
  let days = secs / 86400 and rem = secs mod 86400 in
  (* civil date from days since 1970-01-01 *)
  let z = days + 719468 in
  let era = z / 146097 in
  let doe = z - era * 146097 in
  let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365 in
  let doy = doe - (365 * yoe + yoe / 4 - yoe / 100) in
  let mp = (5 * doy + 2) / 153 in
  let d = doy - (153 * mp + 2) / 5 + 1 in
  let m = if mp < 10 then mp + 3 else mp - 9 in
  let y = yoe + era * 400 + (if m <= 2 then 1 else 0) in
  two d ^ "." ^ two m ^ "." ^ two (y mod 100) ^ " " ^ two (rem / 3600) ^ ":" ^ two (rem / 60 mod 60) ^ ":"
  ^ two (rem mod 60) ^ "." ^ three ms

let current_request_id = ref None

let emit source level ?request msg =
  let id = match request with Some r -> r.request_id | None -> !current_request_id in
  let req = match id with Some i when i <> "" -> " REQ " ^ i | _ -> "" in
  prerr_string (timestamp () ^ " " ^ pad_left 15 source ^ " " ^ level ^ req ^ " " ^ msg ^ "\n");
  flush stderr

let log msg = emit "" "     " msg
(* The callbacks get the message only: `?request` needs the type checker to be told apart. *)
let error f = f (fun msg -> emit "" "ERROR" msg)
let warning f = f (fun msg -> emit "" " WARN" msg)
let info f = f (fun msg -> emit "" " INFO" msg)
let debug f = f (fun msg -> emit "" "DEBUG" msg)

let next_request_id = ref 0

let logger inner request =
  let id = match request.request_id with
    | Some id -> id
    | None -> incr next_request_id; let id = string_of_int !next_request_id in request.request_id <- Some id; id in
  let start = host_time () in
  let agents = match headers request "User-Agent" with
    | [] -> ""
    | first :: rest -> List.fold_left (fun acc a -> acc ^ " " ^ a) first rest in
  emit "dream.logger" " INFO" ~request
    (request.meth ^ " " ^ request.target ^ " " ^ request.client_addr ^ " fd " ^ string_of_int request.socket_fd ^ " " ^ agents);
  current_request_id := Some id;
  Lwt.try_bind (fun () -> inner request)
    (fun response ->
      let micros = int_of_float (floor ((host_time () -. start) *. 1e6 +. 0.5)) in
      let level = if response.status >= 500 then "ERROR" else if response.status >= 400 then " WARN" else " INFO" in
      let location =
        if response.status >= 300 && response.status < 400 then
          match List.find_opt (fun (n, _) -> lowercase n = "location") response.headers with
          | Some (_, l) -> " " ^ l
          | None -> ""
        else "" in
      emit "dream.logger" level ~request (string_of_int response.status ^ location ^ " in " ^ string_of_int micros ^ " \206\188s");
      Lwt.return response)
    (fun exn ->
      emit "dream.logger" " WARN" ~request ("Aborted by: " ^ format_exception exn);
      Lwt.fail exn)

(* ---- routing -------------------------------------------------------------------------- *)

type route = { route_method : string option; pattern : string list; route_handler : handler }

let path_of_target target =
  let path = match index_from target 0 '?' with Some i -> sub target 0 i | None -> target in
  match split_on path '/' with "" :: rest -> rest | l -> l

let pattern_of s = match split_on s '/' with "" :: rest -> rest | l -> l

let route m pattern handler = { route_method = m; pattern = pattern_of pattern; route_handler = handler }
let get p h = route (Some "GET") p h
let post p h = route (Some "POST") p h
let put p h = route (Some "PUT") p h
let delete p h = route (Some "DELETE") p h
let head p h = route (Some "HEAD") p h
let patch p h = route (Some "PATCH") p h
let options p h = route (Some "OPTIONS") p h
let any p h = route None p h

(* Matches a pattern against path segments: the parameters, or None. *)
let rec matches pattern path params =
  match pattern, path with
  | [], [] -> Some params
  | ["**"], _ -> Some params
  | p :: ps, s :: ss when string_length p > 0 && string_get p 0 = ':' ->
    matches ps ss ((sub p 1 (string_length p - 1), s) :: params)
  | p :: ps, s :: ss when p = s -> matches ps ss params
  | _ -> None

let router routes request =
  let path = path_of_target request.target in
  let rec try_routes = function
    | [] -> empty 404
    | r :: rest ->
      let method_ok = match r.route_method with None -> true | Some m -> m = request.meth in
      (match method_ok, matches r.pattern path [] with
       | true, Some params -> request.params <- params @ request.params; r.route_handler request
       | _ -> try_routes rest) in
  try_routes routes

let no_middleware h = h
let pipeline ms h = List.fold_right (fun m h -> m h) ms h

(* ---- server --------------------------------------------------------------------------- *)

let run ?(interface = "localhost") ?(port = 8080) ?stop ?(greeting = true) handler =
  let _ = stop in
  let port = match host_port_override () with -1 -> port | p -> p in
  if greeting then begin
    (if interface = "localhost" || interface = "127.0.0.1" then log ("Running at http://localhost:" ^ string_of_int port)
     else log ("Running on " ^ interface ^ ":" ^ string_of_int port ^ " (http://localhost:" ^ string_of_int port ^ ")"));
    log "Type Ctrl+C to stop"
  end;
  host_listen port;
  Lwt_main.request_hook := (fun (id, meth, target, headers, body, client, fd) ->
    let request = { host_id = id; meth; target; req_headers = headers; req_body = body; client_addr = client;
                    socket_fd = fd; params = []; request_id = None; prefix_len = 0 } in
    (* Dream's built-in catch: an exception becomes an empty 500, logged on dream.http. *)
    Lwt.async (fun () ->
      Lwt.try_bind (fun () -> try handler request with e -> Lwt.fail e)
        (fun r -> host_respond (id, r.status, r.headers, r.body); Lwt.return_unit)
        (fun exn ->
          emit "dream.http" "ERROR" ~request (format_exception exn);
          host_respond (id, 500, [], "");
          Lwt.return_unit)));
  Lwt_main.run (fst (Lwt.wait ()))
