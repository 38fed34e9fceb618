(* The interface of Dream 1.0.0~alpha8 for the parts mlrun delivers (shared/dream-api.md).
   Documentation for now: the type checker will check dream.ml against it. Sections not yet
   delivered (cookie sessions, the low-level stream callbacks, GraphQL) stay out, so a
   program using them gets an honest
   "Unbound value". *)

(** {1 Types} *)

type request = client message
and response = server message
and handler = request -> response promise
and middleware = handler -> handler
and route
and 'a message
and client
and server
and 'a promise = 'a Lwt.t

(** {1 Methods} *)

type method_ = [
  | `GET
  | `POST
  | `PUT
  | `DELETE
  | `HEAD
  | `CONNECT
  | `OPTIONS
  | `TRACE
  | `PATCH
  | `Method of string
]

val method_to_string : [< method_ ] -> string
val string_to_method : string -> method_
val methods_equal : [< method_ ] -> [< method_ ] -> bool
val normalize_method : [< method_ ] -> method_

(** {1 Status codes} *)

type informational = [
  | `Continue
  | `Switching_Protocols
]

type successful = [
  | `OK
  | `Created
  | `Accepted
  | `Non_Authoritative_Information
  | `No_Content
  | `Reset_Content
  | `Partial_Content
]

type redirection = [
  | `Multiple_Choices
  | `Moved_Permanently
  | `Found
  | `See_Other
  | `Not_Modified
  | `Temporary_Redirect
  | `Permanent_Redirect
]

type client_error = [
  | `Bad_Request
  | `Unauthorized
  | `Payment_Required
  | `Forbidden
  | `Not_Found
  | `Method_Not_Allowed
  | `Not_Acceptable
  | `Proxy_Authentication_Required
  | `Request_Timeout
  | `Conflict
  | `Gone
  | `Length_Required
  | `Precondition_Failed
  | `Payload_Too_Large
  | `URI_Too_Long
  | `Unsupported_Media_Type
  | `Range_Not_Satisfiable
  | `Expectation_Failed
  | `Misdirected_Request
  | `Too_Early
  | `Upgrade_Required
  | `Precondition_Required
  | `Too_Many_Requests
  | `Request_Header_Fields_Too_Large
  | `Unavailable_For_Legal_Reasons
]

type server_error = [
  | `Internal_Server_Error
  | `Not_Implemented
  | `Bad_Gateway
  | `Service_Unavailable
  | `Gateway_Timeout
  | `HTTP_Version_Not_Supported
]

type standard_status = [
  | informational
  | successful
  | redirection
  | client_error
  | server_error
]

type status = [
  | standard_status
  | `Status of int
]

val status_to_string : [< status ] -> string
val status_to_reason : [< status ] -> string option
val status_to_int : [< status ] -> int
val int_to_status : int -> status
val is_informational : [< status ] -> bool
val is_successful : [< status ] -> bool
val is_redirection : [< status ] -> bool
val is_client_error : [< status ] -> bool
val is_server_error : [< status ] -> bool
val status_codes_equal : [< status ] -> [< status ] -> bool
val normalize_status : [< status ] -> status

(** {1 Requests} *)

val client : request -> string
val tls : request -> bool
val method_ : request -> method_
val target : request -> string
val prefix : request -> string
val path : request -> string list
[@@ocaml.deprecated
"Router path access is being removed from the API. Comment at
https://github.com/aantron/dream/issues
"]
val set_client : request -> string -> unit
val set_method_ : request -> [< method_ ] -> unit
val with_path : string list -> request -> request
[@@ocaml.deprecated
"Router path access is being removed from the API. Comment at
https://github.com/aantron/dream/issues
"]
val query : request -> string -> string option
val queries : request -> string -> string list
val all_queries : request -> (string * string) list

(** {1 Responses} *)

val response :
  ?status:[< status ] ->
  ?code:int ->
  ?headers:(string * string) list ->
    string -> response

val respond :
  ?status:[< status ] ->
  ?code:int ->
  ?headers:(string * string) list ->
    string -> response promise

val html :
  ?status:[< status ] ->
  ?code:int ->
  ?headers:(string * string) list ->
    string -> response promise

val json :
  ?status:[< status ] ->
  ?code:int ->
  ?headers:(string * string) list ->
    string -> response promise

val redirect :
  ?status:[< redirection ] ->
  ?code:int ->
  ?headers:(string * string) list ->
    request -> string -> response promise

val empty :
  ?headers:(string * string) list ->
    status -> response promise

val status : response -> status
val set_status : response -> status -> unit

(** {1 Headers} *)

val header : 'a message -> string -> string option
val headers : 'a message -> string -> string list
val all_headers : 'a message -> (string * string) list
val has_header : 'a message -> string -> bool
val add_header : 'a message -> string -> string -> unit
val drop_header : 'a message -> string -> unit
val set_header : 'a message -> string -> string -> unit

(** {1 Cookies} *)

val set_cookie :
  ?prefix:[< `Host | `Secure ] option ->
  ?encrypt:bool ->
  ?expires:float ->
  ?max_age:float ->
  ?domain:string ->
  ?path:string option ->
  ?secure:bool ->
  ?http_only:bool ->
  ?same_site:[< `Strict | `Lax | `None ] option ->
    response -> request -> string -> string -> unit

val drop_cookie :
  ?prefix:[< `Host | `Secure ] option ->
  ?domain:string ->
  ?path:string option ->
  ?secure:bool ->
  ?http_only:bool ->
  ?same_site:[< `Strict | `Lax | `None ] option ->
    response -> request -> string -> unit

val cookie :
  ?prefix:[< `Host | `Secure ] option ->
  ?decrypt:bool ->
  ?domain:string ->
  ?path:string option ->
  ?secure:bool ->
    request -> string -> string option

val all_cookies : request -> (string * string) list

(** {1 Bodies} *)

val body : 'a message -> string promise
val set_body : 'a message -> string -> unit

(** {1 Streams} *)

type stream

val body_stream : request -> stream

val stream :
  ?status:[< status ] ->
  ?code:int ->
  ?headers:(string * string) list ->
  ?close:bool ->
    (stream -> unit promise) -> response promise

val read : stream -> string option promise
val write : stream -> string -> unit promise
val flush : stream -> unit promise
val close : stream -> unit promise
val close_stream : stream -> int -> unit
val abort_stream : stream -> exn -> unit

(** {1 WebSockets} *)

type websocket

val websocket :
  ?headers:(string * string) list ->
  ?close:bool ->
    (websocket -> unit promise) -> response promise

type text_or_binary = [ `Text | `Binary ]
type end_of_message = [ `End_of_message | `Continues ]

val send :
  ?text_or_binary:[< text_or_binary ] ->
  ?end_of_message:[< end_of_message ] ->
    websocket -> string -> unit promise

val receive : websocket -> string option promise
val receive_fragment :
  websocket -> (string * text_or_binary * end_of_message) option promise
val close_websocket : ?code:int -> websocket -> unit promise

(** {1 Middleware} *)

val no_middleware : middleware
val pipeline : middleware list -> middleware
val origin_referrer_check : middleware
val client_stream : 'a message -> stream
val server_stream : 'a message -> stream
val set_client_stream : response -> stream -> unit
val set_server_stream : request -> stream -> unit

(** {1 Routing} *)

val router : route list -> handler
val get : string -> handler -> route
val post : string -> handler -> route
val put : string -> handler -> route
val delete : string -> handler -> route
val head : string -> handler -> route
val connect : string -> handler -> route
val options : string -> handler -> route
val trace : string -> handler -> route
val patch : string -> handler -> route
val any : string -> handler -> route
val not_found : handler
[@@ocaml.deprecated
"Use
fun _ -> Dream.empty `Not_Found
"]
val param : request -> string -> string
val scope : string -> middleware list -> route list -> route
val no_route : route

(** {1 Static files} *)

val static :
  ?loader:(string -> string -> handler) ->
    string -> handler

val from_filesystem : string -> string -> handler
val mime_lookup : string -> (string * string) list

(** {1 Logging} *)

val logger : middleware
val log : ('a, Format.formatter, unit, unit) format4 -> 'a

type ('a, 'b) conditional_log =
  ((?request:request ->
   ('a, Format.formatter, unit, 'b) format4 -> 'a) -> 'b) ->
    unit

type log_level = [
  | `Error
  | `Warning
  | `Info
  | `Debug
]

val error : ('a, unit) conditional_log
val warning : ('a, unit) conditional_log
val info : ('a, unit) conditional_log
val debug : ('a, unit) conditional_log

type sub_log = {
  error : 'a. ('a, unit) conditional_log;
  warning : 'a. ('a, unit) conditional_log;
  info : 'a. ('a, unit) conditional_log;
  debug : 'a. ('a, unit) conditional_log;
}

val sub_log : ?level:[< log_level ] -> string -> sub_log

val initialize_log :
  ?backtraces:bool ->
  ?async_exception_hook:bool ->
  ?level:[< log_level ] ->
  ?enable:bool ->
    unit -> unit

val set_log_level : string -> [< log_level ] -> unit

(** {1 Errors} *)

type error = {
  condition : [
    | `Response of response
    | `String of string
    | `Exn of exn
  ];
  layer : [
    | `App
    | `HTTP
    | `HTTP2
    | `TLS
    | `WebSocket
  ];
  caused_by : [
    | `Server
    | `Client
  ];
  request : request option;
  response : response option;
  client : string option;
  severity : log_level;
  will_send_response : bool;
}

type error_handler = error -> response option promise

val error_template :
  (error -> string -> response -> response promise) -> error_handler

val debug_error_handler : error_handler
val catch : (error -> response promise) -> middleware

(** {1 Servers} *)

val run :
  ?interface:string ->
  ?port:int ->
  ?socket_path:string ->
  ?stop:unit promise ->
  ?error_handler:error_handler ->
  ?tls:bool ->
  ?certificate_file:string ->
  ?key_file:string ->
  ?builtins:bool ->
  ?greeting:bool ->
  ?adjust_terminal:bool ->
    handler -> unit

val serve :
  ?interface:string ->
  ?port:int ->
  ?socket_path:string ->
  ?stop:unit promise ->
  ?error_handler:error_handler ->
  ?tls:bool ->
  ?certificate_file:string ->
  ?key_file:string ->
  ?builtins:bool ->
    handler -> unit promise

val with_site_prefix : string -> middleware

(** {1 Web formats} *)

val html_escape : string -> string
val to_base64url : string -> string
val from_base64url : string -> string option
val to_percent_encoded : ?international:bool -> string -> string
val from_percent_encoded : string -> string
val to_form_urlencoded : (string * string) list -> string
val from_form_urlencoded : string -> (string * string) list
val from_cookie : string -> (string * string) list

val to_set_cookie :
  ?expires:float ->
  ?max_age:float ->
  ?domain:string ->
  ?path:string ->
  ?secure:bool ->
  ?http_only:bool ->
  ?same_site:[ `Strict | `Lax | `None ] ->
    string -> string -> string

val split_target : string -> string * string
val from_path : string -> string list
val to_path : ?relative:bool -> ?international:bool -> string list -> string
val drop_trailing_slash : string list -> string list
val text_html : string
val application_json : string

(** {1 Sessions} *)

val session_field : request -> string -> string option
val set_session_field : request -> string -> string -> unit promise
val drop_session_field : request -> string -> unit promise
val all_session_fields : request -> (string * string) list
val invalidate_session : request -> unit promise
val memory_sessions : ?lifetime:float -> middleware
val sql_sessions : ?lifetime:float -> middleware
val session_id : request -> string
val session_label : request -> string
val session_expires_at : request -> float

(** {1 SQL} *)

val sql_pool : ?size:int -> string -> middleware
val sql : request -> (Caqti_lwt.connection -> 'a promise) -> 'a promise

(** {1 Flash messages} *)

val flash : middleware
val flash_messages : request -> (string * string) list
val add_flash_message : request -> string -> string -> unit

(** {1 Forms} *)

type 'a form_result = [
  | `Ok            of 'a
  | `Expired       of 'a * float
  | `Wrong_session of 'a
  | `Invalid_token of 'a
  | `Missing_token of 'a
  | `Many_tokens   of 'a
  | `Wrong_content_type
]

val form : ?csrf:bool -> request -> (string * string) list form_result promise

type multipart_form = (string * ((string option * string) list)) list

val multipart : ?csrf:bool -> request -> multipart_form form_result promise

type part = string option * string option * ((string * string) list)

val upload : request -> part option promise
val upload_part : request -> string option promise

type csrf_result = [
  | `Ok
  | `Expired of float
  | `Wrong_session
  | `Invalid
]

val csrf_token : ?valid_for:float -> request -> string
val verify_csrf_token : request -> string -> csrf_result promise
val csrf_tag : request -> string

(** {1 Cryptography} *)

val set_secret : ?old_secrets:string list -> string -> middleware
val random : int -> string
val encrypt : ?associated_data:string -> request -> string -> string
val decrypt : ?associated_data:string -> request -> string -> string option

(** {1 Variables} *)

type 'a field
val new_field : ?name:string -> ?show_value:('a -> string) -> unit -> 'a field
val field : 'b message -> 'a field -> 'a option
val set_field : 'b message -> 'a field -> 'a -> unit

(** {1 Testing} *)

val request :
  ?method_:[< method_ ] ->
  ?target:string ->
  ?headers:(string * string) list ->
    string -> request

val test : ?prefix:string -> handler -> (request -> response)
val sort_headers : (string * string) list -> (string * string) list
val echo : handler
