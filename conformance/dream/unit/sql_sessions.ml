(* Dream.sql_sessions over an in-memory SQLite database (one connection, so one database):
   the dream_session row each step leaves, the cookie, refresh past half the lifetime,
   expiry, invalidation. Ids and labels are random: the transcript shows their shape. *)

module T = Caqti_type

let schema =
  let open Caqti_request.Infix in
  (T.unit ->. T.unit)
    "CREATE TABLE dream_session (id TEXT PRIMARY KEY, label TEXT NOT NULL, expires_at REAL NOT NULL, payload TEXT NOT NULL)"

let rows =
  let open Caqti_request.Infix in
  (T.unit ->* T.(t4 string string float string)) "SELECT id, label, expires_at, payload FROM dream_session"

let step = ref ""
let handler =
  Dream.sql_pool ~size:1 "sqlite3::memory:"
  @@ (fun inner request ->
    if !step = "schema" then
      Dream.sql request (fun (module Db : Caqti_lwt.CONNECTION) -> Lwt.bind (Db.exec schema ()) Caqti_lwt.or_fail)
      |> Lwt.map (fun () -> Dream.response "")
    else inner request)
  @@ Dream.sql_sessions ~lifetime:0.6
  @@ fun request ->
    let%lwt () = match !step with
      | "set" -> Lwt.bind (Dream.set_session_field request "user" "alice") (fun () -> Dream.set_session_field request "lang" "ut-OP")
      | "drop" -> Dream.drop_session_field request "lang"
      | "invalidate" -> Dream.invalidate_session request
      | _ -> Lwt.return_unit in
    let%lwt table = Dream.sql request (fun (module Db : Caqti_lwt.CONNECTION) -> Lwt.bind (Db.collect_list rows ()) Caqti_lwt.or_fail) in
    let now = Unix.gettimeofday () in
    List.iter (fun (id, label, expires_at, payload) ->
      Printf.printf "  row: id %d chars%s, label %d chars%s, expires in (0, 0.6]: %b, payload %s\n"
        (String.length id) (if id = Dream.session_id request then " (this session)" else "")
        (String.length label) (if label = Dream.session_label request then " (this session)" else "")
        (expires_at -. now > 0. && expires_at -. now <= 0.6) payload) table;
    Printf.printf "  fields: %s\n"
      (String.concat ", " (List.map (fun (k, v) -> k ^ "=" ^ v) (Dream.all_session_fields request)));
    Dream.html ""

let cookie = ref ""

let run name =
  step := name;
  let headers = if !cookie = "" then [] else ["Cookie", "dream.session=" ^ !cookie] in
  Printf.printf "%s:\n" name;
  let response = Dream.test handler (Dream.request ~headers "") in
  match Dream.header response "Set-Cookie" with
  | None -> print_endline "  no Set-Cookie"
  | Some c ->
    let value = List.hd (String.split_on_char ';' c) in
    let v = String.sub value 14 (String.length value - 14) in
    let same = v = !cookie in
    cookie := v;
    Printf.printf "  Set-Cookie: dream.session=<%c + %d chars>%s%s\n" v.[0] (String.length v - 1)
      (if same then " (same)" else "") (String.sub c (String.length value) (String.length c - String.length value) |> fun rest ->
        match String.index_opt rest 'P' with Some i -> "; " ^ String.sub rest i (String.length rest - i) | None -> rest)

let () =
  run "schema";
  run "set";
  run "read";
  run "drop";
  Unix.sleepf 0.35;
  run "refresh";
  run "invalidate";
  Unix.sleepf 0.7;
  run "expired";
  cookie := "0unknownunknownunknownun";
  run "unknown"
