(* Caqti_type for mlrun: row and parameter types, and (as the unit every program that writes
   a query links) the connection module that runs requests on SQLite: parameters encoded
   field by field, rows decoded back, multiplicities checked. *)

module D = Caqti_driver_sqlite3

type 'a t =
  | Unit
  | Bool
  | Int
  | Int16
  | Int32_
  | Int64_
  | Float
  | String
  | Octets
  | Option of Obj.t
  (* The fields' types, a value's fields, and a value from its fields. *)
  | Tup of Obj.t list * (Obj.t -> Obj.t list) * (Obj.t list -> Obj.t)
  (* The representation's type, encode, decode. *)
  | Custom of Obj.t * (Obj.t -> (Obj.t, string) result) * (Obj.t -> (Obj.t, string) result)

let unit : unit t = Unit
let bool : bool t = Bool
let int : int t = Int
let int16 : int t = Int16
let int32 : int32 t = Int32_
let int64 : int64 t = Int64_
let float : float t = Float
let string : string t = String
let octets : string t = Octets
let option (t : 'a t) : 'a option t = Option (Obj.repr t)

let r = Obj.repr
let bad () = failwith "Caqti_type: wrong number of fields"

let t2 a b = Tup ([r a; r b], (fun v -> let (x, y) = Obj.obj v in [r x; r y]),
                  (function [x; y] -> r (x, y) | _ -> bad ()))
let t3 a b c = Tup ([r a; r b; r c], (fun v -> let (x, y, z) = Obj.obj v in [r x; r y; r z]),
                    (function [x; y; z] -> r (x, y, z) | _ -> bad ()))
let t4 a b c d = Tup ([r a; r b; r c; r d], (fun v -> let (x, y, z, w) = Obj.obj v in [r x; r y; r z; r w]),
                      (function [x; y; z; w] -> r (x, y, z, w) | _ -> bad ()))
let t5 a b c d e = Tup ([r a; r b; r c; r d; r e],
                        (fun v -> let (x, y, z, w, u) = Obj.obj v in [r x; r y; r z; r w; r u]),
                        (function [x; y; z; w; u] -> r (x, y, z, w, u) | _ -> bad ()))
let t6 a b c d e f = Tup ([r a; r b; r c; r d; r e; r f],
                          (fun v -> let (x, y, z, w, u, s) = Obj.obj v in [r x; r y; r z; r w; r u; r s]),
                          (function [x; y; z; w; u; s] -> r (x, y, z, w, u, s) | _ -> bad ()))
let t7 a b c d e f g = Tup ([r a; r b; r c; r d; r e; r f; r g],
                            (fun v -> let (x, y, z, w, u, s, t) = Obj.obj v in [r x; r y; r z; r w; r u; r s; r t]),
                            (function [x; y; z; w; u; s; t] -> r (x, y, z, w, u, s, t) | _ -> bad ()))
let t8 a b c d e f g h = Tup ([r a; r b; r c; r d; r e; r f; r g; r h],
                              (fun v -> let (x, y, z, w, u, s, t, q) = Obj.obj v in [r x; r y; r z; r w; r u; r s; r t; r q]),
                              (function [x; y; z; w; u; s; t; q] -> r (x, y, z, w, u, s, t, q) | _ -> bad ()))
let tup2 = t2
let tup3 = t3
let tup4 = t4

let custom ~encode ~decode (rep : 'b t) : 'a t =
  Custom (r rep, (fun v -> match encode (Obj.obj v) with Ok x -> Ok (r x) | Error e -> Error e),
          (fun v -> match decode (Obj.obj v) with Ok x -> Ok (r x) | Error e -> Error e))

(* Caqti 2's enumerations, stored as their names. *)
let enum ~encode ~decode (_name : string) =
  custom string ~encode:(fun x -> Ok (encode x)) ~decode

let rec show : 'a. 'a t -> string = fun t ->
  match t with
  | Unit -> "unit" | Bool -> "bool" | Int -> "int" | Int16 -> "int16" | Int32_ -> "int32"
  | Int64_ -> "int64" | Float -> "float" | String -> "string" | Octets -> "octets"
  | Option t -> show (Obj.obj t) ^ " option"
  | Tup (ts, _, _) -> "(" ^ String.concat ", " (List.map (fun t -> show (Obj.obj t)) ts) ^ ")"
  | Custom (t, _, _) -> show (Obj.obj t)

let pp ppf t = Format.pp_print_string ppf (show t)

let rec length : 'a. 'a t -> int = fun t ->
  match t with
  | Unit -> 0
  | Option t -> length (Obj.obj t)
  | Tup (ts, _, _) -> List.fold_left (fun n t -> n + length (Obj.obj t)) 0 ts
  | Custom (t, _, _) -> length (Obj.obj t)
  | _ -> 1

let field_length = length

(* ---- encoding and decoding ------------------------------------------------------------ *)

exception Coding of string * string

(* The SQL values of [v] of type [t], prepended in reverse to [acc]. *)
let rec encode : 'a. 'a t -> Obj.t -> D.value list -> D.value list = fun t v acc ->
  match t with
  | Unit -> acc
  | Bool -> D.Int (if Obj.obj v then 1 else 0) :: acc
  | Int | Int16 -> D.Int (Obj.obj v) :: acc
  | Int32_ -> D.Int (Int32.to_int (Obj.obj v)) :: acc
  | Int64_ -> D.Int (Int64.to_int (Obj.obj v)) :: acc
  | Float -> D.Float (Obj.obj v) :: acc
  | String -> D.Text (Obj.obj v) :: acc
  | Octets -> D.Blob (Obj.obj v) :: acc
  | Option inner ->
    (match (Obj.obj v : Obj.t option) with
     | None -> let rec nulls n acc = if n = 0 then acc else nulls (n - 1) (D.Null :: acc) in nulls (length (Obj.obj inner)) acc
     | Some x -> encode (Obj.obj inner) x acc)
  | Tup (ts, split, _) -> List.fold_left2 (fun acc t x -> encode (Obj.obj t) x acc) acc ts (split v)
  | Custom (rep, enc, _) ->
    (match enc v with Ok x -> encode (Obj.obj rep) x acc | Error msg -> raise (Coding (show t, msg)))

let describe = function
  | D.Null -> "NULL" | D.Int _ -> "an integer" | D.Float _ -> "a float"
  | D.Text _ -> "text" | D.Blob _ -> "a blob"

(* The value of type [t] at column [i] of [row], and the next column. *)
let rec decode : 'a. 'a t -> D.value array -> int -> Obj.t * int = fun t row i ->
  let col () = if i < Array.length row then row.(i) else D.Null in
  let reject want = raise (Coding (show t, Printf.sprintf "Expected %s, got %s." want (describe (col ())))) in
  match t with
  | Unit -> (r (), i)
  | Bool -> (match col () with D.Int n -> (r (n <> 0), i + 1) | _ -> reject "a boolean")
  | Int | Int16 -> (match col () with D.Int n -> (r n, i + 1) | _ -> reject "an integer")
  | Int32_ -> (match col () with D.Int n -> (r (Int32.of_int n), i + 1) | _ -> reject "an integer")
  | Int64_ -> (match col () with D.Int n -> (r (Int64.of_int n), i + 1) | _ -> reject "an integer")
  | Float ->
    (match col () with D.Float f -> (r f, i + 1) | D.Int n -> (r (float_of_int n), i + 1) | _ -> reject "a float")
  | String -> (match col () with D.Text s | D.Blob s -> (r s, i + 1) | _ -> reject "text")
  | Octets -> (match col () with D.Blob s | D.Text s -> (r s, i + 1) | _ -> reject "a blob")
  | Option inner ->
    let n = length (Obj.obj inner) in
    let rec all_null k = k >= n || ((i + k >= Array.length row || row.(i + k) = D.Null) && all_null (k + 1)) in
    if all_null 0 then (r None, i + n)
    else let (x, next) = decode (Obj.obj inner) row i in (r (Some x), next)
  | Tup (ts, _, join) ->
    let (xs, next) = List.fold_left (fun (xs, i) t -> let (x, i) = decode (Obj.obj t) row i in (x :: xs, i)) ([], i) ts in
    (join (List.rev xs), next)
  | Custom (rep, _, dec) ->
    let (x, next) = decode (Obj.obj rep) row i in
    (match dec x with Ok y -> (y, next) | Error msg -> raise (Coding (show t, msg)))

(* ---- running requests ----------------------------------------------------------------- *)

(* Caqti's "$1" parameters are SQLite's "?1"; quoted text is left alone. *)
let render query =
  let b = Buffer.create (String.length query) in
  let n = String.length query in
  let rec go i quote =
    if i < n then begin
      let c = query.[i] in
      match quote with
      | Some q -> Buffer.add_char b c; go (i + 1) (if c = q then None else quote)
      | None ->
        if c = '\'' || c = '"' then begin Buffer.add_char b c; go (i + 1) (Some c) end
        else if c = '$' && i + 1 < n && query.[i + 1] >= '0' && query.[i + 1] <= '9' then begin
          Buffer.add_char b '?'; go (i + 1) None
        end else begin Buffer.add_char b c; go (i + 1) None end
    end in
  go 0 None;
  Buffer.contents b

(* The request's rows, decoded, or a Caqti error. *)
let run (c : D.connection) (req : ('a, 'b, 'm) Caqti_request.t) (param : 'a) : ('b list, Caqti_error.t) result =
  let query = render (Caqti_request.query_string req) in
  match List.rev (encode (Caqti_request.param_type req) (r param) []) with
  | exception Coding (typ, msg) -> Error (Caqti_error.encode_rejected ~uri:c.D.uri ~typ (Caqti_error.Msg msg))
  | params ->
    match D.exec c query params with
    | Error e -> Error (e :> Caqti_error.t)
    | Ok rows ->
      let row_type = Caqti_request.row_type req in
      match List.map (fun row -> Obj.obj (fst (decode row_type row 0))) rows with
      | exception Coding (typ, msg) -> Error (Caqti_error.decode_rejected ~uri:c.D.uri ~typ (Caqti_error.Msg msg))
      | decoded -> Ok decoded

let rejected c req msg =
  Error (Caqti_error.response_rejected ~uri:c.D.uri ~query:(render (Caqti_request.query_string req)) (Caqti_error.Msg msg))

let exec c req p = Lwt.return (match run c req p with Ok _ -> Ok () | Error e -> Error e)

let find c req p =
  Lwt.return (match run c req p with
    | Ok [x] -> Ok x
    | Ok rows -> rejected c req (Printf.sprintf "Received %d tuples, expected one." (List.length rows))
    | Error e -> Error e)

let find_opt c req p =
  Lwt.return (match run c req p with
    | Ok [] -> Ok None
    | Ok [x] -> Ok (Some x)
    | Ok rows -> rejected c req (Printf.sprintf "Received %d tuples, expected at most one." (List.length rows))
    | Error e -> Error e)

let fold_s_on c req f p acc =
  match run c req p with
  | Error e -> Lwt.return (Error e)
  | Ok rows ->
    let rec go acc = function
      | [] -> Lwt.return (Ok acc)
      | x :: rest -> Lwt.bind (f x acc) (function Ok acc -> go acc rest | Error e -> Lwt.return (Error e)) in
    go acc rows

let statement c sql () =
  Lwt.return (match D.exec c sql [] with Ok _ -> Ok () | Error e -> Error (e :> Caqti_error.t))

let connection (c : D.connection) : (module Caqti_lwt.CONNECTION) =
  (module struct
    let exec req p = exec c req p
    let find req p = find c req p
    let find_opt req p = find_opt c req p
    let collect_list req p = Lwt.return (run c req p)
    let rev_collect_list req p = Lwt.return (match run c req p with Ok l -> Ok (List.rev l) | Error e -> Error e)
    let fold req f p acc = Lwt.return (match run c req p with Ok l -> Ok (List.fold_left (fun a x -> f x a) acc l) | Error e -> Error e)
    let fold_s req f p acc = fold_s_on c req f p acc
    let iter_s req f p = fold_s_on c req (fun x () -> f x) p ()
    let start () = statement c "BEGIN" ()
    let commit () = statement c "COMMIT" ()
    let rollback () = statement c "ROLLBACK" ()
    let with_transaction f =
      Lwt.bind (start ()) (function
        | Error e -> Lwt.return (Error (Obj.magic e))
        | Ok () ->
          Lwt.bind (Lwt.catch f (fun exn -> Lwt.bind (rollback ()) (fun _ -> Lwt.fail exn))) (function
            | Ok x -> Lwt.map (function Ok () -> Ok x | Error e -> Error (Obj.magic e)) (commit ())
            | Error e -> Lwt.map (fun _ -> Error e) (rollback ())))
    let validate () = Lwt.return true
    let check f = f true
    let disconnect () = Lwt.return_unit
  end : Caqti_lwt.CONNECTION)

let () = D.package_hook := (fun c -> Obj.repr (connection c))
