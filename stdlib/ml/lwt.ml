(* Lwt promises: the API of Lwt 5, written for mlrun. Callbacks of a promise run in the order
   they were registered, at the moment it is resolved; binding on a resolved promise calls the
   function at once. Dream's log order depends on both. *)

exception Canceled

type 'a state_ = Return of 'a | Fail of exn | Sleep
type 'a state = 'a state_

type 'a t = { mutable st : 'a st }
and 'a st =
  | Resolved of 'a
  | Rejected of exn
  | Pending of 'a waiting
and 'a waiting = { mutable callbacks : (unit -> unit) list; mutable on_cancel : unit -> unit; cancelable : bool }

type 'a u = 'a t
type 'a key = { key_id : int }

let pending cancelable = { st = Pending { callbacks = []; on_cancel = (fun () -> ()); cancelable } }

let return v = { st = Resolved v }
let return_unit = { st = Resolved () }
let return_none = { st = Resolved None }
let return_nil = { st = Resolved [] }
let return_true = { st = Resolved true }
let return_false = { st = Resolved false }
let return_some v = { st = Resolved (Some v) }
let return_ok v = { st = Resolved (Ok v) }
let return_error e = { st = Resolved (Error e) }
let fail e = { st = Rejected e }
let fail_with s = { st = Rejected (Failure s) }
let fail_invalid_arg s = { st = Rejected (Invalid_argument s) }

let state p = match p.st with Resolved v -> Return v | Rejected e -> Fail e | Pending _ -> Sleep
let is_sleeping p = match p.st with Pending _ -> true | _ -> false

(* Resolving runs the callbacks registered so far, oldest first. *)
let resolve p st =
  match p.st with
  | Pending w ->
    p.st <- st;
    List.iter (fun f -> f ()) (List.rev w.callbacks)
  | _ -> invalid_arg "Lwt.wakeup"

let on_resolution p f =
  match p.st with
  | Pending w -> w.callbacks <- f :: w.callbacks
  | _ -> f ()

(* [into] takes the outcome of [p], now or when [p] is resolved. *)
let forward p into =
  match p.st with
  | Pending _ -> on_resolution p (fun () -> resolve into p.st)
  | st -> resolve into st

let rec propagate_cancel from into =
  match into.st with
  | Pending w -> w.on_cancel <- (fun () -> cancel_ from)
  | _ -> ()

and cancel_ p =
  match p.st with
  | Pending w -> if w.cancelable then resolve p (Rejected Canceled) else w.on_cancel ()
  | _ -> ()

let cancel p = cancel_ p

let wait () = let p = pending false in (p, p)
let task () = let p = pending true in (p, p)
let wakeup r v = resolve r (Resolved v)
let wakeup_exn r e = resolve r (Rejected e)
let wakeup_later = wakeup
let wakeup_later_exn = wakeup_exn
let wakeup_result r = function Ok v -> wakeup r v | Error e -> wakeup_exn r e
let wakeup_later_result = wakeup_result

(* A promise that takes its outcome from [p]'s, through [on], once [p] is resolved. *)
let derived p on =
  let q = pending false in
  propagate_cancel p q;
  on_resolution p (fun () -> on q p.st);
  q

let bind p f =
  match p.st with
  | Resolved v -> f v
  | Rejected e -> { st = Rejected e }
  | Pending _ ->
    derived p (fun q -> function
      | Resolved v -> forward (try f v with e -> fail e) q
      | st -> resolve q st)

let map f p =
  match p.st with
  | Resolved v -> (try return (f v) with e -> fail e)
  | Rejected e -> { st = Rejected e }
  | Pending _ ->
    derived p (fun q -> function
      | Resolved v -> resolve q (try Resolved (f v) with e -> Rejected e)
      | st -> resolve q st)

let catch f h =
  let p = try f () with e -> fail e in
  match p.st with
  | Resolved _ -> p
  | Rejected e -> (try h e with e -> fail e)
  | Pending _ ->
    derived p (fun q -> function
      | Rejected e -> forward (try h e with e -> fail e) q
      | st -> resolve q st)

let try_bind f ok ko =
  let p = try f () with e -> fail e in
  match p.st with
  | Resolved v -> (try ok v with e -> fail e)
  | Rejected e -> (try ko e with e -> fail e)
  | Pending _ ->
    derived p (fun q -> function
      | Resolved v -> forward (try ok v with e -> fail e) q
      | Rejected e -> forward (try ko e with e -> fail e) q
      | Pending _ -> ())

let finalize f g =
  try_bind f (fun v -> bind (g ()) (fun () -> return v)) (fun e -> bind (g ()) (fun () -> fail e))

let wrap f = try return (f ()) with e -> fail e
let wrap1 f a = try return (f a) with e -> fail e
let wrap2 f a b = try return (f a b) with e -> fail e
let wrap3 f a b c = try return (f a b c) with e -> fail e

(* Lwt's default hook reports the exception as an uncaught one and ends the program. *)
(* As Lwt's: an exception escaping [async] ends the program, reported through Printexc. *)
let async_exception_hook =
  ref (fun e ->
    prerr_string "Fatal error: exception ";
    prerr_string (Printexc.to_string e);
    prerr_char '\n';
    Printexc.print_backtrace stderr;
    flush stderr;
    exit 2)

let dont_wait f h =
  let p = try f () with e -> fail e in
  match p.st with
  | Rejected e -> h e
  | Pending _ -> on_resolution p (fun () -> match p.st with Rejected e -> h e | _ -> ())
  | Resolved _ -> ()

let async f = dont_wait f (fun e -> !async_exception_hook e)
let ignore_result p = match p.st with Rejected e -> raise e | _ -> ()

let join ps =
  match List.filter is_sleeping ps with
  | [] ->
    (match List.find_opt (fun p -> match p.st with Rejected _ -> true | _ -> false) ps with
     | Some { st = Rejected e } -> fail e
     | _ -> return_unit)
  | _ ->
    let q = pending false in
    let left = ref (List.length ps) in
    let failed = ref None in
    List.iter (fun p ->
      on_resolution p (fun () ->
        (match p.st, !failed with Rejected e, None -> failed := Some e | _ -> ());
        decr left;
        if !left = 0 then
          resolve q (match !failed with None -> Resolved () | Some e -> Rejected e)))
      ps;
    q

let both a b =
  let r = ref None and s = ref None in
  let pa = map (fun v -> r := Some v) a and pb = map (fun v -> s := Some v) b in
  bind (join [pa; pb]) (fun () ->
    match !r, !s with Some x, Some y -> return (x, y) | _ -> fail (Failure "Lwt.both"))

let all ps =
  let results = List.map (fun p -> let cell = ref None in (cell, map (fun v -> cell := Some v) p)) ps in
  bind (join (List.map snd results)) (fun () ->
    return (List.map (fun (cell, _) -> match !cell with Some v -> v | None -> raise (Failure "Lwt.all")) results))

let choose ps =
  match List.find_opt (fun p -> not (is_sleeping p)) ps with
  | Some p -> p
  | None ->
    let q = pending false in
    List.iter (fun p -> on_resolution p (fun () -> if is_sleeping q then resolve q p.st)) ps;
    q

let pick ps =
  let q = choose ps in
  let cancel_others () = List.iter (fun p -> if is_sleeping p then cancel p) ps in
  (match q.st with Pending _ -> on_resolution q cancel_others | _ -> cancel_others ());
  q

let nchoose ps =
  let resolved () = List.filter (fun p -> not (is_sleeping p)) ps in
  let values () =
    match List.find_opt (fun p -> match p.st with Rejected _ -> true | _ -> false) (resolved ()) with
    | Some { st = Rejected e } -> fail e
    | _ -> return (List.map (fun p -> match p.st with Resolved v -> v | _ -> raise Not_found) (resolved ())) in
  match resolved () with
  | [] -> bind (choose ps) (fun _ -> values ())
  | _ -> values ()

let npick ps =
  let q = nchoose ps in
  let cancel_others () = List.iter (fun p -> if is_sleeping p then cancel p) ps in
  on_resolution q cancel_others;
  q

(* Promises of [pause ()], resolved by the scheduler on its next turn. *)
let paused = ref []
let pause () = let p = pending false in paused := p :: !paused; p
let wakeup_paused () =
  let ps = List.rev !paused in
  paused := [];
  List.iter (fun p -> resolve p (Resolved ())) ps
let paused_count () = List.length !paused

let no_cancel p = p
let protected p = p
let new_key () = { key_id = 0 }
let get _ = None
let with_value _ _ f = f ()

module Infix = struct
  let ( >>= ) = bind
  let ( >|= ) p f = map f p
  let ( =<< ) f p = bind p f
  let ( =|< ) f p = map f p
  let ( <&> ) a b = join [a; b]
  let ( <?> ) a b = choose [a; b]
  module Let_syntax = struct
    let return = return
    let map p ~f = map f p
    let bind p ~f = bind p f
    let both = both
  end
end

module Syntax = struct
  let ( let* ) = bind
  let ( and* ) = both
  let ( let+ ) p f = map f p
  let ( and+ ) = both
end

include Infix
