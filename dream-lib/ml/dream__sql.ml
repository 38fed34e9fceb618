(* Dream's SQL (Dream.sql_pool, Dream.sql) and SQL sessions (Dream.sql_sessions), over
   Caqti's SQLite driver (stdlib/ml/caqti_*.ml). Not a unit of its own: it is the end of module
   Dream (dream-lib/src/run.rs appends it to dream.ml), using its fields, log and sessions. *)

(* ---- SQL (Caqti over SQLite) ---------------------------------------------------------- *)

let sql_log = sub_log "dream.sql"
let pool_field : Caqti_driver_sqlite3.pool field = new_field ()
(* Set while a callback holds a connection, to spot re-entrant calls. *)
let sql_held : bool Lwt.key = Lwt.new_key ()

(* The pool is made on the first request and kept in the closure. *)
let sql_pool ?size uri =
  let cell = ref None in
  fun inner request ->
    let pool = match !cell with
      | Some p -> p
      | None ->
        if Caqti_driver_sqlite3.scheme uri = Some "sqlite" then
          sql_log.warning (fun log -> log ~request "Dream.sql_pool: 'sqlite' is not a valid scheme; did you mean 'sqlite3'?");
        match Caqti_driver_sqlite3.create_pool ?max_size:size uri with
        | Ok p -> cell := Some p; p
        | Error e ->
          let msg = Printf.sprintf "Dream.sql_pool: cannot create pool for '%s': %s" uri (Caqti_error.show e) in
          sql_log.error (fun log -> log "%s" msg);
          failwith msg in
    set_field request pool_field pool;
    inner request

(* [f] with a connection of the request's pool; a Caqti error becomes [Caqti_error.Exn]. *)
let with_connection request f =
  match field request pool_field with
  | None ->
    let msg = "Dream.sql: no pool; did you apply Dream.sql_pool?" in
    sql_log.error (fun log -> log ~request "%s" msg);
    failwith msg
  | Some pool ->
    if Lwt.get sql_held = Some true then
      sql_log.warning (fun log ->
        log ~request "Re-entrant call to Dream.sql, perhaps through Dream.set_session_field; could cause deadlock");
    Lwt.bind (Caqti_driver_sqlite3.use pool (fun c -> Lwt.with_value sql_held (Some true) (fun () -> f c)))
      (function Ok x -> Lwt.return x | Error e -> Lwt.fail (Caqti_error.Exn e))

let sql request callback =
  with_connection request (fun c ->
    Lwt.map (fun x -> Ok x) (callback (Obj.obj (!Caqti_driver_sqlite3.package_hook c))))

(* ---- sessions (SQL backend, table dream_session) -------------------------------------- *)

let sql_rows request query params =
  with_connection request (fun c ->
    Lwt.return (match Caqti_driver_sqlite3.exec c query params with
      | Ok rows -> Ok rows | Error e -> Error (e :> Caqti_error.t)))

let sql_unit request query params = Lwt.map ignore (sql_rows request query params)

let payload_json payload = Yojson.Basic.to_string (`Assoc (List.map (fun (k, v) -> (k, `String v)) payload))
let payload_of_json text =
  match Yojson.Basic.from_string text with
  | `Assoc fields -> List.map (function (k, `String v) -> (k, v) | _ -> failwith "Bad payload") fields
  | _ -> failwith "Bad payload"

(* A new id for [s] and its row; an id already taken fails the INSERT, which is retried
   up to three more times with another. *)
let rec sql_insert request s tries =
  s.session_id <- to_base64url (random 18);
  Lwt.catch (fun () ->
    sql_unit request "INSERT INTO dream_session (id, label, expires_at, payload) VALUES (?1, ?2, ?3, ?4)"
      Caqti_driver_sqlite3.[Text s.session_id; Text s.label; Float s.expires_at; Text (payload_json s.payload)])
    (fun exn -> if tries > 0 then sql_insert request s (tries - 1) else Lwt.fail exn)

let sql_store_ops = {
  changed = (fun request s ->
    sql_unit request "UPDATE dream_session SET payload = ?1 WHERE id = ?2"
      Caqti_driver_sqlite3.[Text (payload_json s.payload); Text s.session_id]);
  renew = (fun request s ->
    Lwt.bind (sql_unit request "DELETE FROM dream_session WHERE id = ?1" [Caqti_driver_sqlite3.Text s.session_id])
      (fun () -> reset_session s ""; sql_insert request s 3));
}

let sql_fresh_session request lifetime =
  let s = { session_id = ""; label = to_base64url (random 9); expires_at = host_time () +. lifetime;
            payload = []; dirty = true; lifetime; store = sql_store_ops } in
  Lwt.map (fun () -> s) (sql_insert request s 3)

let sql_load_session lifetime request =
  match session_cookie_id request with
  | None -> sql_fresh_session request lifetime
  | Some id ->
    Lwt.bind (sql_rows request "SELECT label, expires_at, payload FROM dream_session WHERE id = ?1"
                [Caqti_driver_sqlite3.Text id]) (fun rows ->
      let now = host_time () in
      match rows with
      | [ [| Caqti_driver_sqlite3.Text label; expires; Caqti_driver_sqlite3.Text payload |] ] ->
        let expires_at = match expires with
          | Caqti_driver_sqlite3.Float f -> f | Caqti_driver_sqlite3.Int n -> float_of_int n | _ -> 0. in
        if expires_at <= now then
          Lwt.bind (sql_unit request "DELETE FROM dream_session WHERE id = ?1" [Caqti_driver_sqlite3.Text id])
            (fun () -> sql_fresh_session request lifetime)
        else begin
          let s = { session_id = id; label; expires_at; payload = payload_of_json payload; dirty = false;
                    lifetime; store = sql_store_ops } in
          if expires_at -. now > lifetime /. 2. then Lwt.return s
          else begin
            s.expires_at <- now +. lifetime;
            s.dirty <- true;
            Lwt.map (fun () -> s)
              (sql_unit request "UPDATE dream_session SET expires_at = ?1 WHERE id = ?2"
                 Caqti_driver_sqlite3.[Float s.expires_at; Text id])
          end
        end
      | _ -> sql_fresh_session request lifetime)

let sql_sessions ?(lifetime = 1209600.) inner request =
  Lwt.bind (sql_load_session lifetime request) (fun session -> with_session session inner request)
