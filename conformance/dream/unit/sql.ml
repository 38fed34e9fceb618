(* Dream.sql and Caqti over SQLite through Dream.test: the query API a Dream program writes
   (Caqti_request's infix and Caqti 1 constructors, Caqti_type's fields, options, tuples and
   custom types, every CONNECTION function), Caqti's errors, and Dream's own errors. *)

module type DB = Caqti_lwt.CONNECTION
module T = Caqti_type

let create =
  let open Caqti_request.Infix in
  (T.unit ->. T.unit) "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL, note TEXT)"

let insert =
  let open Caqti_request.Infix in
  T.(t3 string float (option string) ->. unit) "INSERT INTO item (name, price, note) VALUES ($1, $2, $3)"

let by_id = Caqti_request.find_opt T.int T.(t3 string float (option string)) "SELECT name, price, note FROM item WHERE id = ?"
let count = Caqti_request.find T.unit T.int "SELECT count(*) FROM item"
let names = Caqti_request.collect T.unit T.string "SELECT name FROM item ORDER BY id"
let cheap =
  let open Caqti_request.Infix in
  (T.float ->* T.(tup2 int string)) "SELECT id, name FROM item WHERE price < $1 ORDER BY id"

(* A custom type stored as text. *)
type colour = Red | Green
let colour =
  T.custom T.string
    ~encode:(function Red -> Ok "red" | Green -> Ok "green")
    ~decode:(function "red" -> Ok Red | "green" -> Ok Green | s -> Error ("unknown colour " ^ s))
let colour_of = Caqti_request.find colour colour "SELECT $1"
let literal = Caqti_request.find T.unit T.string "SELECT 'a $1 in quotes'"
let flag = Caqti_request.find T.unit T.(t2 bool int64) "SELECT 1 = 1, 9007199254740993"

let show = function Ok s -> s | Error e -> "Error: " ^ Caqti_error.show e
let pr fmt = Printf.printf (fmt ^^ "\n")

let program (module Db : DB) =
  let%lwt r = Db.exec create () in
  pr "create: %s" (show (Result.map (fun () -> "ok") r));
  let%lwt () =
    Lwt_list.iter_s (fun row -> Lwt.bind (Db.exec insert row) Caqti_lwt.or_fail)
      [("apple", 0.5, None); ("pear", 0.75, Some "ripe"); ("melon", 3., Some "big \"one\"")] in
  let%lwt r = Db.find count () in
  pr "count: %s" (show (Result.map string_of_int r));
  let%lwt r = Db.find_opt by_id 2 in
  pr "by_id 2: %s" (show (Result.map (function
    | Some (n, p, note) -> Printf.sprintf "Some (%S, %g, %s)" n p (match note with Some s -> Printf.sprintf "Some %S" s | None -> "None")
    | None -> "None") r));
  let%lwt r = Db.find_opt by_id 9 in
  pr "by_id 9: %s" (show (Result.map (function Some _ -> "Some" | None -> "None") r));
  let%lwt r = Db.collect_list names () in
  pr "names: %s" (show (Result.map (String.concat ", ") r));
  let%lwt r = Db.rev_collect_list names () in
  pr "rev names: %s" (show (Result.map (String.concat ", ") r));
  let%lwt r = Db.fold cheap (fun (id, name) acc -> acc ^ Printf.sprintf " %d:%s" id name) 1.0 "" in
  pr "fold cheap:%s" (show r);
  let%lwt r = Db.iter_s names (fun name -> print_endline ("  iter " ^ name); Lwt.return (Ok ())) () in
  pr "iter_s: %s" (show (Result.map (fun () -> "ok") r));
  let%lwt r = Db.fold_s names (fun name n -> Lwt.return (Ok (n + String.length name))) () 0 in
  pr "fold_s: %s" (show (Result.map string_of_int r));
  let%lwt r = Db.find colour_of Green in
  pr "custom: %s" (show (Result.map (function Red -> "Red" | Green -> "Green") r));
  let%lwt r = Db.find (Caqti_request.find T.unit colour "SELECT 'blue'") () in
  pr "custom decode: %s" (show (Result.map (fun _ -> "?") r));
  let%lwt r = Db.find literal () in
  pr "literal: %s" (show r);
  let%lwt r = Db.find flag () in
  pr "bool, int64: %s" (show (Result.map (fun (b, n) -> Printf.sprintf "%b %Ld" b n) r));
  let%lwt r = Db.find count () in
  ignore r;
  let%lwt r = Db.find names () in
  pr "find of 3 rows: %s" (show r);
  let%lwt r = Db.find_opt names () in
  pr "find_opt of 3 rows: %s" (show (Result.map (fun _ -> "?") r));
  let%lwt r = Db.find (Caqti_request.find T.unit T.int "SELECT name FROM item") () in
  pr "decode: %s" (show (Result.map string_of_int r));
  let%lwt r = Db.exec (Caqti_request.exec T.unit "INSERT INTO nowhere VALUES (1)") () in
  pr "request: %s" (show (Result.map (fun () -> "ok") r));
  let%lwt r = Db.exec insert ("null price", 0., None) in
  ignore r;
  let%lwt r = Db.find (Caqti_request.find T.unit T.float "SELECT note FROM item WHERE name = 'null price'") () in
  pr "null: %s" (show (Result.map string_of_float r));
  let%lwt r = Db.with_transaction (fun () ->
    let%lwt _ = Db.exec insert ("rolled back", 1., None) in
    Lwt.return (Error (`Msg "no"))) in
  (match r with Error (`Msg m) -> pr "transaction: Error %s" m | _ -> pr "transaction: ?");
  let%lwt r = Db.find count () in
  pr "count after rollback: %s" (show (Result.map string_of_int r));
  Lwt.return "done"

let pool = Dream.sql_pool ~size:1 "sqlite3::memory:"

let run name handler =
  print_endline ("-- " ^ name);
  match Dream.test handler (Dream.request "") with
  | r -> print_endline (Lwt_main.run (Dream.body r))
  | exception e -> print_endline ("exception: " ^ Printexc.to_string e)

let () =
  run "queries" (pool (fun request -> Lwt.bind (Dream.sql request program) Dream.html));
  run "or_fail" (pool (fun request ->
    Dream.sql request (fun (module Db : DB) ->
      Lwt.bind (Db.find (Caqti_request.find T.unit T.int "SELECT nope")  ()) Caqti_lwt.or_fail)
    |> Lwt.map string_of_int |> fun p -> Lwt.bind p Dream.html));
  run "no pool" (fun request -> Dream.sql request (fun _ -> Dream.html "?"));
  (* With one connection the inner call would wait for the outer's forever, as in Dream. *)
  run "re-entrant" (Dream.sql_pool ~size:2 "sqlite3::memory:" (fun request ->
    Dream.sql request (fun _ -> Dream.sql request (fun _ -> Dream.html "inner"))));
  run "sqlite scheme" (Dream.sql_pool "sqlite:db.sqlite" (fun _ -> Dream.html "?"));
  run "postgresql" (Dream.sql_pool "postgresql://localhost/db" (fun _ -> Dream.html "?"));
  run "cannot open" (Dream.sql_pool "sqlite3:/nonexistent/dir/db.sqlite?create=false" (fun request ->
    Dream.sql request (fun _ -> Dream.html "?")))
