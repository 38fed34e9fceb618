(* Caqti's SQLite driver for mlrun: URIs, connections and pools over the host's SQLite
   (dream-lib/src/host/sqlite.rs). It knows nothing of Caqti_type or Caqti_request, so that
   Dream can pool connections and keep SQL sessions without linking the rest of Caqti; the
   connection module Dream hands to [Dream.sql] callbacks is built by Caqti_type's unit, which
   every program that writes a query links, through [package_hook]. *)

type value = Null | Int of int | Float of float | Text of string | Blob of string

external host_open : string * bool -> (int, string) result = "%host:sqlite_open"
external host_exec : int * string * value list -> (value array list, string * string) result = "%host:sqlite_exec"
external host_close : int -> unit = "%host:sqlite_close"

type connection = { handle : int; uri : string; mutable in_use : bool }

(* The scheme of a URI ("sqlite3" in "sqlite3:db.sqlite"), if it has one. *)
let scheme uri = match String.index_opt uri ':' with Some i -> Some (String.sub uri 0 i) | None -> None

let percent_decode s =
  let b = Buffer.create (String.length s) in
  let hex c = match c with
    | '0' .. '9' -> Some (Char.code c - 48)
    | 'a' .. 'f' -> Some (Char.code c - 87)
    | 'A' .. 'F' -> Some (Char.code c - 55)
    | _ -> None in
  let n = String.length s in
  let rec go i =
    if i < n then
      if s.[i] = '%' && i + 2 < n then
        match hex s.[i + 1], hex s.[i + 2] with
        | Some h, Some l -> Buffer.add_char b (Char.chr (h * 16 + l)); go (i + 3)
        | _ -> Buffer.add_char b '%'; go (i + 1)
      else begin Buffer.add_char b s.[i]; go (i + 1) end in
  go 0;
  Buffer.contents b

(* The file a sqlite3 URI names and whether to create it (query [create=false] says not):
   "sqlite3:db.sqlite", "sqlite3:///abs/path.db", "sqlite3::memory:". *)
let target uri =
  let rest = match String.index_opt uri ':' with Some i -> String.sub uri (i + 1) (String.length uri - i - 1) | None -> uri in
  let rest, query = match String.index_opt rest '?' with
    | Some i -> String.sub rest 0 i, String.sub rest (i + 1) (String.length rest - i - 1)
    | None -> rest, "" in
  let path =
    if String.length rest >= 2 && String.sub rest 0 2 = "//" then
      let after = String.sub rest 2 (String.length rest - 2) in
      match String.index_opt after '/' with Some i -> String.sub after i (String.length after - i) | None -> ""
    else rest in
  let create = not (List.mem "create=false" (String.split_on_char '&' query)) in
  (percent_decode path, create)

let connect uri =
  let path, create = target uri in
  match host_open (path, create) with
  | Ok handle -> Ok { handle; uri; in_use = false }
  | Error message -> Error (Caqti_error.connect_failed ~uri (Caqti_error.Msg message))

let disconnect c = host_close c.handle

(* One statement, parameters bound in order: the rows, or SQLite's message. *)
let exec c sql params =
  match host_exec (c.handle, sql, params) with
  | Ok rows -> Ok rows
  | Error (_code, message) -> Error (Caqti_error.request_failed ~uri:c.uri ~query:sql (Caqti_error.Msg message))

(* Set by Caqti_type's unit: the first-class [Caqti_lwt.CONNECTION] of a connection. *)
let package_hook : (connection -> Obj.t) ref =
  ref (fun _ -> failwith "Caqti: no connection module is linked (the program writes no Caqti query)")

(* ---- pools ----------------------------------------------------------------------------- *)

type pool = {
  pool_uri : string;
  max_size : int;
  mutable idle : connection list;
  mutable size : int;
  waiting : connection Lwt.u Queue.t;
}

(* Caqti's pools default to 8 connections. Only sqlite3 URIs have a driver here. *)
let create_pool ?(max_size = 8) uri =
  match scheme uri with
  | Some "sqlite3" -> Ok { pool_uri = uri; max_size; idle = []; size = 0; waiting = Queue.create () }
  | Some s -> Error (Caqti_error.load_rejected ~uri (Caqti_error.Msg ("No driver for the URI scheme " ^ s ^ " is linked.")))
  | None -> Error (Caqti_error.load_rejected ~uri (Caqti_error.Msg "Missing URI scheme."))

let acquire pool =
  match pool.idle with
  | c :: rest -> pool.idle <- rest; Lwt.return (Ok c)
  | [] when pool.size < pool.max_size ->
    (match connect pool.pool_uri with
     | Ok c -> pool.size <- pool.size + 1; Lwt.return (Ok c)
     | Error e -> Lwt.return (Error e))
  | [] -> let p, r = Lwt.wait () in Queue.push r pool.waiting; Lwt.map (fun c -> Ok c) p

let release pool c =
  match Queue.take_opt pool.waiting with
  | Some r -> Lwt.wakeup r c
  | None -> pool.idle <- c :: pool.idle

(* Runs [f] with a connection of the pool, given back however [f] ends. *)
let use pool f =
  Lwt.bind (acquire pool) (function
    | Error e -> Lwt.return (Error (e :> Caqti_error.t))
    | Ok c ->
      c.in_use <- true;
      Lwt.finalize (fun () -> f c) (fun () -> c.in_use <- false; release pool c; Lwt.return_unit))
