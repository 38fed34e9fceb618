(* Dream's pure helpers: methods, status codes and the web formats (percent, form, base64url,
   cookies, paths). Nothing here touches a message or the host, so it is all testable through
   Dream.test-free programs. Behaviour follows Dream 1.0.0~alpha8 (shared/dream-api.md). *)

(* ---- methods -------------------------------------------------------------------------- *)

let method_to_string = function
  | `GET -> "GET" | `POST -> "POST" | `PUT -> "PUT" | `DELETE -> "DELETE" | `HEAD -> "HEAD"
  | `CONNECT -> "CONNECT" | `OPTIONS -> "OPTIONS" | `TRACE -> "TRACE" | `PATCH -> "PATCH"
  | `Method s -> s

let string_to_method = function
  | "GET" -> `GET | "POST" -> `POST | "PUT" -> `PUT | "DELETE" -> `DELETE | "HEAD" -> `HEAD
  | "CONNECT" -> `CONNECT | "OPTIONS" -> `OPTIONS | "TRACE" -> `TRACE | "PATCH" -> `PATCH
  | s -> `Method s

let normalize_method = function `Method s -> string_to_method s | m -> m
let methods_equal a b = normalize_method a = normalize_method b

(* ---- status codes --------------------------------------------------------------------- *)

(* The named constructors with their codes; reason phrases come from the names. *)
let statuses = [
  `Continue, 100, "Continue"; `Switching_Protocols, 101, "Switching Protocols";
  `OK, 200, "OK"; `Created, 201, "Created"; `Accepted, 202, "Accepted";
  `Non_Authoritative_Information, 203, "Non-Authoritative Information";
  `No_Content, 204, "No Content"; `Reset_Content, 205, "Reset Content";
  `Partial_Content, 206, "Partial Content";
  `Multiple_Choices, 300, "Multiple Choices"; `Moved_Permanently, 301, "Moved Permanently";
  `Found, 302, "Found"; `See_Other, 303, "See Other"; `Not_Modified, 304, "Not Modified";
  `Temporary_Redirect, 307, "Temporary Redirect"; `Permanent_Redirect, 308, "Permanent Redirect";
  `Bad_Request, 400, "Bad Request"; `Unauthorized, 401, "Unauthorized";
  `Payment_Required, 402, "Payment Required"; `Forbidden, 403, "Forbidden";
  `Not_Found, 404, "Not Found"; `Method_Not_Allowed, 405, "Method Not Allowed";
  `Not_Acceptable, 406, "Not Acceptable";
  `Proxy_Authentication_Required, 407, "Proxy Authentication Required";
  `Request_Timeout, 408, "Request Timeout"; `Conflict, 409, "Conflict"; `Gone, 410, "Gone";
  `Length_Required, 411, "Length Required"; `Precondition_Failed, 412, "Precondition Failed";
  `Payload_Too_Large, 413, "Payload Too Large"; `URI_Too_Long, 414, "URI Too Long";
  `Unsupported_Media_Type, 415, "Unsupported Media Type";
  `Range_Not_Satisfiable, 416, "Range Not Satisfiable";
  `Expectation_Failed, 417, "Expectation Failed";
  `Misdirected_Request, 421, "Misdirected Request"; `Too_Early, 425, "Too Early";
  `Upgrade_Required, 426, "Upgrade Required"; `Precondition_Required, 428, "Precondition Required";
  `Too_Many_Requests, 429, "Too Many Requests";
  `Request_Header_Fields_Too_Large, 431, "Request Header Fields Too Large";
  `Unavailable_For_Legal_Reasons, 451, "Unavailable For Legal Reasons";
  `Internal_Server_Error, 500, "Internal Server Error"; `Not_Implemented, 501, "Not Implemented";
  `Bad_Gateway, 502, "Bad Gateway"; `Service_Unavailable, 503, "Service Unavailable";
  `Gateway_Timeout, 504, "Gateway Timeout";
  `HTTP_Version_Not_Supported, 505, "HTTP Version Not Supported";
]

(* Phrases Dream knows only for numeric codes (228 is Dream's, not a typo here). *)
let numeric_reasons = [
  102, "Processing"; 103, "Early Hints"; 207, "Multi-Status"; 208, "Already Reported";
  228, "IM Used"; 305, "Use Proxy"; 306, "Switch Proxy"; 418, "I'm a teapot";
  422, "Unprocessable Entity"; 423, "Locked"; 424, "Failed Dependency";
  506, "Variant Also Negotiates"; 507, "Insufficient Storage"; 508, "Loop Detected";
  510, "Not Extended"; 511, "Network Authentication Required";
]

(* Every response looks its status up: tables, not scans of the list. *)
let code_of_status = Hashtbl.create 64
let status_of_code = Hashtbl.create 64
let () =
  List.iter (fun ((c, n, _) as s) -> Hashtbl.replace code_of_status c n; Hashtbl.replace status_of_code n s)
    statuses

let status_to_int = function
  | `Status n -> n
  | `OK -> 200 (* most responses: no table lookup *)
  | s -> (match Hashtbl.find_opt code_of_status s with Some n -> n | None -> 500)

let int_to_status n =
  match Hashtbl.find_opt status_of_code n with Some (c, _, _) -> c | None -> `Status n

let normalize_status = function `Status n -> int_to_status n | s -> s
let status_codes_equal a b = normalize_status a = normalize_status b

let status_to_reason s =
  let n = status_to_int s in
  match Hashtbl.find_opt status_of_code n with
  | Some (_, _, r) -> Some r
  | None -> List.assoc_opt n numeric_reasons

let status_to_string s =
  match status_to_reason s with Some r -> r | None -> string_of_int (status_to_int s)

let in_range lo s = let n = status_to_int s in n >= lo && n < lo + 100
let is_informational s = in_range 100 s
let is_successful s = in_range 200 s
let is_redirection s = in_range 300 s
let is_client_error s = in_range 400 s
let is_server_error s = in_range 500 s

(* ---- strings -------------------------------------------------------------------------- *)

let lowercase = String.lowercase_ascii

let split_first s c =
  match String.index_opt s c with
  | Some i -> Some (String.sub s 0 i, String.sub s (i + 1) (String.length s - i - 1))
  | None -> None

let html_escape s =
  let b = Buffer.create (String.length s) in
  String.iter (function
    | '&' -> Buffer.add_string b "&amp;" | '<' -> Buffer.add_string b "&lt;"
    | '>' -> Buffer.add_string b "&gt;" | '"' -> Buffer.add_string b "&quot;"
    | '\'' -> Buffer.add_string b "&#x27;" | c -> Buffer.add_char b c) s;
  Buffer.contents b

(* ---- base64url ------------------------------------------------------------------------ *)

let b64_alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

let to_base64url s =
  let n = String.length s in
  let b = Buffer.create ((n + 2) / 3 * 4) in
  let byte i = if i < n then Char.code s.[i] else 0 in
  let rec go i =
    if i < n then begin
      let v = (byte i lsl 16) lor (byte (i + 1) lsl 8) lor byte (i + 2) in
      let chars = if n - i >= 3 then 4 else n - i + 1 in
      for k = 0 to chars - 1 do
        Buffer.add_char b b64_alphabet.[(v lsr (18 - 6 * k)) land 63]
      done;
      go (i + 3)
    end in
  go 0;
  Buffer.contents b

let b64_value c =
  match c with
  | 'A' .. 'Z' -> Some (Char.code c - 65) | 'a' .. 'z' -> Some (Char.code c - 71)
  | '0' .. '9' -> Some (Char.code c + 4) | '-' -> Some 62 | '_' -> Some 63 | _ -> None

let from_base64url s =
  let n = String.length s in
  let n = if n > 0 && s.[n - 1] = '=' then (if n > 1 && s.[n - 2] = '=' then n - 2 else n - 1) else n in
  let b = Buffer.create (n * 3 / 4) in
  let rec go i acc bits =
    if i >= n then (if n mod 4 = 1 then None else Some (Buffer.contents b))
    else match b64_value s.[i] with
      | None -> None
      | Some v ->
        let acc = (acc lsl 6) lor v and bits = bits + 6 in
        if bits >= 8 then begin
          Buffer.add_char b (Char.chr ((acc lsr (bits - 8)) land 255));
          go (i + 1) (acc land ((1 lsl (bits - 8)) - 1)) (bits - 8)
        end else go (i + 1) acc bits in
  go 0 0 0

(* ---- percent and form encoding -------------------------------------------------------- *)

let hex = "0123456789ABCDEF"

let encode_with keep s =
  let b = Buffer.create (String.length s) in
  String.iter (fun c ->
    if keep c then Buffer.add_char b c
    else begin
      Buffer.add_char b '%';
      Buffer.add_char b hex.[Char.code c lsr 4];
      Buffer.add_char b hex.[Char.code c land 15]
    end) s;
  Buffer.contents b

let unreserved c =
  match c with 'A' .. 'Z' | 'a' .. 'z' | '0' .. '9' | '-' | '.' | '_' | '~' -> true | _ -> false

let to_percent_encoded ?(international = true) s =
  encode_with (fun c -> unreserved c || (international && Char.code c >= 128)) s

let hex_value c =
  match c with
  | '0' .. '9' -> Some (Char.code c - 48) | 'a' .. 'f' -> Some (Char.code c - 87)
  | 'A' .. 'F' -> Some (Char.code c - 55) | _ -> None

let from_percent_encoded s =
  let n = String.length s in
  let b = Buffer.create n in
  let rec go i =
    if i < n then
      if s.[i] = '%' && i + 2 < n then
        match hex_value s.[i + 1], hex_value s.[i + 2] with
        | Some h, Some l -> Buffer.add_char b (Char.chr (h * 16 + l)); go (i + 3)
        | _ -> Buffer.add_char b '%'; go (i + 1)
      else (Buffer.add_char b s.[i]; go (i + 1)) in
  go 0;
  Buffer.contents b

let query_keep extra c =
  unreserved c || (match c with '!' | '$' | '\'' | '(' | ')' | '*' | ':' | '@' | '/' | '?' -> true | _ -> false)
  || c = extra

let to_form_urlencoded pairs =
  String.concat "&"
    (List.map (fun (k, v) -> encode_with (query_keep ',') k ^ "=" ^ encode_with (query_keep '=') v) pairs)

let from_form_urlencoded s =
  if s = "" then []
  else
    let decode x = from_percent_encoded (String.map (fun c -> if c = '+' then ' ' else c) x) in
    List.map (fun piece ->
      match split_first piece '=' with
      | Some (k, v) -> (decode k, decode v)
      | None -> (decode piece, "")) (String.split_on_char '&' s)

(* ---- cookies -------------------------------------------------------------------------- *)

let from_cookie s =
  List.fold_left (fun acc piece ->
    match String.split_on_char '=' piece with
    | [k; v] -> (String.trim k, String.trim v) :: acc
    | _ -> acc) [] (String.split_on_char ';' s)

let days = [| "Sun"; "Mon"; "Tue"; "Wed"; "Thu"; "Fri"; "Sat" |]
let months = [| "Jan"; "Feb"; "Mar"; "Apr"; "May"; "Jun"; "Jul"; "Aug"; "Sep"; "Oct"; "Nov"; "Dec" |]

(* The civil date (year, month 1-12, day) of a count of days since 1970-01-01. *)
let civil_of_days days =
  let z = days + 719468 in
  let era = (if z >= 0 then z else z - 146096) / 146097 in
  let doe = z - era * 146097 in
  let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365 in
  let doy = doe - (365 * yoe + yoe / 4 - yoe / 100) in
  let mp = (5 * doy + 2) / 153 in
  let d = doy - (153 * mp + 2) / 5 + 1 in
  let m = if mp < 10 then mp + 3 else mp - 9 in
  (yoe + era * 400 + (if m <= 2 then 1 else 0), m, d)

let http_date t =
  let secs = int_of_float (floor t) in
  let day = (if secs >= 0 then secs else secs - 86399) / 86400 in
  let rem = secs - day * 86400 in
  let (y, m, d) = civil_of_days day in
  let wday = ((day mod 7) + 7 + 4) mod 7 in
  Printf.sprintf "%s, %02d %s %04d %02d:%02d:%02d GMT" days.(wday) d months.(m - 1) y
    (rem / 3600) (rem / 60 mod 60) (min 59 (rem mod 60))

let to_set_cookie ?expires ?max_age ?domain ?path ?(secure = false) ?(http_only = false) ?same_site name value =
  let b = Buffer.create 64 in
  Buffer.add_string b (name ^ "=" ^ value);
  (match expires with Some t -> Buffer.add_string b ("; Expires=" ^ http_date t) | None -> ());
  (match max_age with Some a -> Buffer.add_string b (Printf.sprintf "; Max-Age=%.0f" (floor a)) | None -> ());
  (match domain with Some d -> Buffer.add_string b ("; Domain=" ^ d) | None -> ());
  (match path with Some p -> Buffer.add_string b ("; Path=" ^ p) | None -> ());
  if secure then Buffer.add_string b "; Secure";
  if http_only then Buffer.add_string b "; HttpOnly";
  (match same_site with
   | Some `Strict -> Buffer.add_string b "; SameSite=Strict"
   | Some `Lax -> Buffer.add_string b "; SameSite=Lax"
   | Some `None -> Buffer.add_string b "; SameSite=None"
   | None -> ());
  Buffer.contents b

(* ---- targets and paths ---------------------------------------------------------------- *)

(* Uri's view of a target: an authority after a leading "//" is skipped, a fragment
   dropped, and the query kept verbatim. *)
let split_target target =
  let target = match String.index_opt target '#' with Some i -> String.sub target 0 i | None -> target in
  let path, query = match split_first target '?' with Some (p, q) -> (p, q) | None -> (target, "") in
  let path =
    if String.length path >= 2 && String.sub path 0 2 = "//" then
      let rest = String.sub path 2 (String.length path - 2) in
      match String.index_opt rest '/' with Some i -> String.sub rest i (String.length rest - i) | None -> ""
    else path in
  (path, query)

(* Drops every empty component but a final one. *)
let rec drop_inner_empty = function
  | [] -> []
  | [x] -> [x]
  | "" :: rest -> drop_inner_empty rest
  | x :: rest -> x :: drop_inner_empty rest

let from_path s = if s = "" then [] else List.map from_percent_encoded (drop_inner_empty (String.split_on_char '/' s))

let to_path ?(relative = false) ?international components =
  let s = String.concat "/" (List.map (to_percent_encoded ?international) (drop_inner_empty components)) in
  if relative then s else "/" ^ s

let drop_trailing_slash l =
  match List.rev l with "" :: rest -> List.rev rest | _ -> l

let text_html = "text/html; charset=utf-8"
let application_json = "application/json"

let sort_headers headers = List.stable_sort (fun (a, _) (b, _) -> compare a b) headers
