(* Lwt promises: the API of Lwt 5, written for mlrun, resolving in the order real Lwt does
   (recorded in conformance/lwt). Dream's log order depends on it:
   - binding on a resolved promise calls the function at once;
   - a promise's callbacks run newest first, and a canceled promise's cancel callbacks run
     before its other callbacks;
   - [wakeup] runs the callbacks at once, however deep; [wakeup_later] inside a callback
     defers them until the outermost resolution is over;
   - a promise that [bind] returns takes over the callbacks of the one [bind] made
     (it becomes a proxy), so cancelling the outer one reaches the inner one. *)

(* Real Lwt declares it in an inner module, and Printexc shows that path. *)
module Resolution_loop = struct
  exception Canceled
end
exception Canceled = Resolution_loop.Canceled

type 'a state = Return of 'a | Fail of exn | Sleep

(* What cancelling reaches: nothing, the promise itself, or the promises it waits on. The
   collectors reject the promises they reach and return the runs of their callbacks, newest
   first, which is the order cancel runs them in. *)
type collector = (unit -> unit) list -> (unit -> unit) list
type how_to_cancel =
  | Not_cancelable
  | Cancel_this
  | Propagate of collector list

type 'a t = { mutable st : 'a st }
and 'a st =
  | Fulfilled of 'a
  | Rejected of exn
  | Pending of 'a callbacks
  | Proxy of 'a t
and 'a callbacks = {
  mutable regular : ('a st -> unit) list;
  mutable cancel_cbs : (unit -> unit) list;
  mutable how_to_cancel : how_to_cancel;
}

type 'a u = 'a t

(* Implicit storage ([Lwt.key]): the values in scope, each as a closure that puts its value
   in its key's slot, so keys of every type share one list. *)
type 'a key = { key_id : int; mutable slot : 'a option }
let current_storage : (int * (unit -> unit)) list ref = ref []
let next_key_id = ref 0
let new_key () = incr next_key_id; { key_id = !next_key_id; slot = None }
let get k =
  match List.assoc_opt k.key_id !current_storage with
  | None -> None
  | Some set -> set (); let v = k.slot in k.slot <- None; v
let with_value k v f =
  let saved = !current_storage in
  let rest = List.remove_assoc k.key_id saved in
  current_storage :=
    (match v with None -> rest | Some x -> (k.key_id, fun () -> k.slot <- Some x) :: rest);
  match f () with
  | r -> current_storage := saved; r
  | exception e -> current_storage := saved; raise e

(* An exception escaping a callback or [async] ends the program, reported as uncaught. *)
let async_exception_hook =
  ref (fun e ->
    prerr_string "Fatal error: exception ";
    prerr_string (Printexc.to_string e);
    prerr_char '\n';
    Printexc.print_backtrace stderr;
    flush stderr;
    exit 2)

let handle_with_hook f x = try f x with e -> !async_exception_hook e

let rec underlying p =
  match p.st with
  | Proxy q ->
    let u = underlying q in
    if u != q then p.st <- Proxy u;
    u
  | _ -> p

let new_pending how = { st = Pending { regular = []; cancel_cbs = []; how_to_cancel = how } }

(* The resolution loop: how deep resolutions are nested, and the resolutions [wakeup_later]
   put off until the outermost one ends. *)
let depth = ref 0
let deferred : (unit -> unit) Queue.t = Queue.create ()

let run_callbacks cbs result =
  (match result with
   | Rejected Canceled -> List.iter (fun f -> handle_with_hook f ()) cbs.cancel_cbs
   | _ -> ());
  List.iter (fun f -> handle_with_hook f result) cbs.regular

let leave snapshot =
  if !depth = 1 then
    while not (Queue.is_empty deferred) do (Queue.pop deferred) () done;
  decr depth;
  current_storage := snapshot

let run_or_defer allow_deferring cbs result =
  if (not allow_deferring) || !depth < 1 then begin
    incr depth;
    let snapshot = !current_storage in
    (try run_callbacks cbs result with e -> leave snapshot; raise e);
    leave snapshot
  end else Queue.push (fun () -> run_callbacks cbs result) deferred

(* Settles [p] (if still pending) with [result], a Fulfilled or Rejected state. *)
let resolve p result =
  let p = underlying p in
  match p.st with
  | Pending cbs -> p.st <- result; run_or_defer false cbs result
  | _ -> ()

let add_callback p f =
  match (underlying p).st with
  | Pending cbs -> cbs.regular <- f :: cbs.regular
  | _ -> ()

(* [outer] (pending) takes [inner]'s outcome: at once if [inner] is settled, otherwise by
   handing its callbacks to [inner] and forwarding to it. *)
let make_into_proxy outer inner =
  let outer = underlying outer and inner = underlying inner in
  if outer != inner then
    match outer.st, inner.st with
    | Pending co, Pending ci ->
      ci.regular <- co.regular @ ci.regular;
      ci.cancel_cbs <- co.cancel_cbs @ ci.cancel_cbs;
      outer.st <- Proxy inner
    | Pending _, ((Fulfilled _ | Rejected _) as r) -> resolve outer r
    | _ -> ()

let return v = { st = Fulfilled v }
let return_unit = { st = Fulfilled () }
let return_none = { st = Fulfilled None }
let return_nil = { st = Fulfilled [] }
let return_true = { st = Fulfilled true }
let return_false = { st = Fulfilled false }
let return_some v = { st = Fulfilled (Some v) }
let return_ok v = { st = Fulfilled (Ok v) }
let return_error e = { st = Fulfilled (Error e) }
let fail e = { st = Rejected e }
let fail_with s = { st = Rejected (Failure s) }
let fail_invalid_arg s = { st = Rejected (Invalid_argument s) }
let of_result = function Ok v -> return v | Error e -> fail e

let state p =
  match (underlying p).st with
  | Fulfilled v -> Return v
  | Rejected e -> Fail e
  | _ -> Sleep
let is_sleeping p = match (underlying p).st with Pending _ | Proxy _ -> true | _ -> false
let poll p =
  match (underlying p).st with
  | Fulfilled v -> Some v
  | Rejected e -> raise e
  | _ -> None

(* Cancelling: reject every cancelable promise [p] leads to, then run their callbacks. *)
let collect acc p =
  let p = underlying p in
  match p.st with
  | Pending cbs ->
    (match cbs.how_to_cancel with
     | Not_cancelable -> acc
     | Cancel_this ->
       let result = Rejected Canceled in
       p.st <- result;
       (fun () -> run_or_defer false cbs result) :: acc
     | Propagate cs -> List.fold_left (fun acc c -> c acc) acc cs)
  | _ -> acc
let canceler p : collector = fun acc -> collect acc p
let cancel p = List.iter (fun run -> run ()) (collect [] p)

let wait () = let p = new_pending Not_cancelable in (p, p)
let task () = let p = new_pending Cancel_this in (p, p)

let wakeup_general name allow_deferring r result =
  let p = underlying r in
  match p.st with
  | Rejected Canceled -> ()
  | Pending cbs -> p.st <- result; run_or_defer allow_deferring cbs result
  | _ -> invalid_arg name

let wakeup r v = wakeup_general "Lwt.wakeup" false r (Fulfilled v)
let wakeup_exn r e = wakeup_general "Lwt.wakeup_exn" false r (Rejected e)
let wakeup_later r v = wakeup_general "Lwt.wakeup_later" true r (Fulfilled v)
let wakeup_later_exn r e = wakeup_general "Lwt.wakeup_later_exn" true r (Rejected e)
let wakeup_result r = function
  | Ok v -> wakeup_general "Lwt.wakeup_result" false r (Fulfilled v)
  | Error e -> wakeup_general "Lwt.wakeup_result" false r (Rejected e)
let wakeup_later_result r = function
  | Ok v -> wakeup_general "Lwt.wakeup_later_result" true r (Fulfilled v)
  | Error e -> wakeup_general "Lwt.wakeup_later_result" true r (Rejected e)
let waiter_of_wakener r = r

(* A callback that runs with the storage in scope where it was registered. *)
let with_storage f =
  let saved = !current_storage in
  fun x -> current_storage := saved; f x

let bind p f =
  let p = underlying p in
  match p.st with
  | Fulfilled v -> f v
  | Rejected e -> fail e
  | _ ->
    let q = new_pending (Propagate [canceler p]) in
    add_callback p (with_storage (function
      | Fulfilled v -> make_into_proxy q (try f v with e -> fail e)
      | r -> resolve q r));
    q

let map f p =
  let p = underlying p in
  match p.st with
  | Fulfilled v -> (try return (f v) with e -> fail e)
  | Rejected e -> fail e
  | _ ->
    let q = new_pending (Propagate [canceler p]) in
    add_callback p (with_storage (function
      | Fulfilled v -> resolve q (try Fulfilled (f v) with e -> Rejected e)
      | r -> resolve q r));
    q

let catch f h =
  let p = underlying (try f () with e -> fail e) in
  match p.st with
  | Fulfilled _ -> p
  | Rejected e -> h e
  | _ ->
    let q = new_pending (Propagate [canceler p]) in
    add_callback p (with_storage (function
      | Rejected e -> make_into_proxy q (try h e with e -> fail e)
      | r -> resolve q r));
    q

let try_bind f ok ko =
  let p = underlying (try f () with e -> fail e) in
  match p.st with
  | Fulfilled v -> ok v
  | Rejected e -> ko e
  | _ ->
    let q = new_pending (Propagate [canceler p]) in
    add_callback p (with_storage (function
      | Fulfilled v -> make_into_proxy q (try ok v with e -> fail e)
      | Rejected e -> make_into_proxy q (try ko e with e -> fail e)
      | _ -> ()));
    q

let finalize f g =
  try_bind f (fun v -> bind (g ()) (fun () -> return v)) (fun e -> bind (g ()) (fun () -> fail e))

let apply f x = try f x with e -> fail e
let wrap f = try return (f ()) with e -> fail e
let wrap1 f a = try return (f a) with e -> fail e
let wrap2 f a b = try return (f a b) with e -> fail e
let wrap3 f a b c = try return (f a b c) with e -> fail e
let wrap4 f a b c d = try return (f a b c d) with e -> fail e
let wrap5 f a b c d e = try return (f a b c d e) with e -> fail e
let wrap6 f a b c d e g = try return (f a b c d e g) with e -> fail e
let wrap7 f a b c d e g h = try return (f a b c d e g h) with e -> fail e

let on_success p f =
  match (underlying p).st with
  | Fulfilled v -> handle_with_hook f v
  | Rejected _ -> ()
  | _ -> add_callback p (with_storage (function Fulfilled v -> f v | _ -> ()))
let on_failure p f =
  match (underlying p).st with
  | Fulfilled _ -> ()
  | Rejected e -> handle_with_hook f e
  | _ -> add_callback p (with_storage (function Rejected e -> f e | _ -> ()))
let on_termination p f =
  match (underlying p).st with
  | Fulfilled _ | Rejected _ -> handle_with_hook f ()
  | _ -> add_callback p (with_storage (fun _ -> f ()))
let on_any p f g =
  match (underlying p).st with
  | Fulfilled v -> handle_with_hook f v
  | Rejected e -> handle_with_hook g e
  | _ -> add_callback p (with_storage (function Fulfilled v -> f v | Rejected e -> g e | _ -> ()))
let on_cancel p f =
  match (underlying p).st with
  | Rejected Canceled -> handle_with_hook f ()
  | Pending cbs ->
    let saved = !current_storage in
    cbs.cancel_cbs <- (fun () -> current_storage := saved; f ()) :: cbs.cancel_cbs
  | _ -> ()

let dont_wait f h =
  let p = underlying (try f () with e -> fail e) in
  match p.st with
  | Fulfilled _ -> ()
  | Rejected e -> h e
  | _ -> add_callback p (with_storage (function Rejected e -> h e | _ -> ()))

let async f = dont_wait f (fun e -> !async_exception_hook e)

let ignore_result p =
  match (underlying p).st with
  | Fulfilled _ -> ()
  | Rejected e -> raise e
  | _ -> add_callback p (function Rejected e -> !async_exception_hook e | _ -> ())

let protected p =
  match (underlying p).st with
  | Fulfilled _ | Rejected _ -> p
  | _ ->
    let q = new_pending Cancel_this in
    add_callback p (fun r -> resolve q r);
    q

let no_cancel p =
  match (underlying p).st with
  | Fulfilled _ | Rejected _ -> p
  | _ ->
    let q = new_pending Not_cancelable in
    add_callback p (fun r -> resolve q r);
    q

(* The first rejection in resolution order wins; before any is pending, the first in the list. *)
let join ps =
  let q = new_pending (Propagate (List.map canceler ps)) in
  let pending_left = ref 0 in
  let result = ref (Fulfilled ()) in
  let note r = match r, !result with Rejected e, Fulfilled () -> result := Rejected e | _ -> () in
  let callback r =
    note r;
    decr pending_left;
    if !pending_left = 0 then resolve q !result in
  List.iter (fun p ->
    match (underlying p).st with
    | Fulfilled _ -> ()
    | Rejected e -> note (Rejected e)
    | _ -> incr pending_left; add_callback p callback)
    ps;
  if !pending_left = 0 then { st = !result } else q

let both a b =
  let ra = ref None and rb = ref None in
  let pa = map (fun v -> ra := Some v) a and pb = map (fun v -> rb := Some v) b in
  map (fun () -> match !ra, !rb with Some x, Some y -> (x, y) | _ -> raise Not_found) (join [pa; pb])

let all ps =
  match ps with
  | [] -> return_nil
  | [x] -> map (fun y -> [y]) x
  | [x; y] -> map (fun (x, y) -> [x; y]) (both x y)
  | _ ->
    let cells = List.map (fun p -> (ref None, p)) ps in
    let settled = join (List.map (fun (cell, p) -> map (fun v -> cell := Some v) p) cells) in
    map (fun () -> List.filter_map (fun (cell, _) -> !cell) cells) settled

(* Among several already settled promises, real Lwt picks one with a PRNG of fixed seed. *)
let prng = lazy (Random.State.make [||])

let settled ps = List.filter (fun p -> not (is_sleeping p)) ps

let pick_settled ps =
  match settled ps with
  | [p] -> p
  | l ->
    let n = Random.State.int (Lazy.force prng) (List.length l) in
    (match List.nth_opt l n with Some p -> p | None -> fail Not_found)

let on_first ps q after =
  List.iter (fun p ->
    add_callback p (fun r -> if is_sleeping q then begin resolve q r; after () end))
    ps

let choose ps =
  if ps = [] then invalid_arg "Lwt.choose [] would return a promise that is pending forever";
  match settled ps with
  | [] ->
    let q = new_pending (Propagate (List.map canceler ps)) in
    on_first ps q (fun () -> ());
    q
  | _ -> pick_settled ps

let pick ps =
  if ps = [] then invalid_arg "Lwt.pick [] would return a promise that is pending forever";
  match settled ps with
  | [] ->
    let q = new_pending (Propagate (List.map canceler ps)) in
    on_first ps q (fun () -> List.iter cancel ps);
    q
  | _ -> let p = pick_settled ps in List.iter cancel ps; p

(* The values of the fulfilled promises of [ps] in order, or the first rejection. *)
let collect_fulfilled ps =
  let rec go acc = function
    | [] -> Fulfilled (List.rev acc)
    | p :: rest ->
      (match (underlying p).st with
       | Fulfilled v -> go (v :: acc) rest
       | Rejected e -> Rejected e
       | _ -> go acc rest) in
  go [] ps

let nchoose_general name after ps =
  if ps = [] then invalid_arg (name ^ " [] would return a promise that is pending forever");
  match collect_fulfilled ps with
  | Rejected e -> after (); fail e
  | Fulfilled [] ->
    let q = new_pending (Propagate (List.map canceler ps)) in
    List.iter (fun p ->
      add_callback p (fun _ -> if is_sleeping q then begin resolve q (collect_fulfilled ps); after () end))
      ps;
    q
  | r -> after (); { st = r }

let nchoose ps = nchoose_general "Lwt.nchoose" (fun () -> ()) ps
let npick ps = nchoose_general "Lwt.npick" (fun () -> List.iter cancel ps) ps

let nchoose_split ps =
  let split () =
    let rec go ok waiting = function
      | [] -> Fulfilled (List.rev ok, List.rev waiting)
      | p :: rest ->
        (match (underlying p).st with
         | Fulfilled v -> go (v :: ok) waiting rest
         | Rejected e -> Rejected e
         | _ -> go ok (p :: waiting) rest) in
    go [] [] ps in
  if ps = [] then invalid_arg "Lwt.nchoose_split [] would return a promise that is pending forever";
  if settled ps <> [] then { st = split () }
  else begin
    let q = new_pending (Propagate (List.map canceler ps)) in
    List.iter (fun p -> add_callback p (fun _ -> if is_sleeping q then resolve q (split ()))) ps;
    q
  end

(* Promises of [pause ()], resolved by the scheduler on its next turn, oldest first. *)
let paused : unit t Queue.t = Queue.create ()
let paused_count_ = ref 0
let pause () =
  let p = new_pending Cancel_this in
  Queue.push p paused;
  incr paused_count_;
  p
let wakeup_paused () =
  paused_count_ := 0;
  if not (Queue.is_empty paused) then begin
    let batch = Queue.create () in
    Queue.transfer paused batch;
    Queue.iter (fun p -> wakeup_general "Lwt.wakeup" false p (Fulfilled ())) batch
  end
let paused_count () = !paused_count_
let register_pause_notifier (_ : int -> unit) = ()

(* Resolvers kept in a sequence, as Lwt_sequence-based code (Lwt_main.yield) uses them. *)
let add_task_r q = let p = new_pending Cancel_this in Queue.push p q; p
let add_task_l = add_task_r

module Infix = struct
  let ( >>= ) = bind
  let ( >|= ) p f = map f p
  let ( =<< ) f p = bind p f
  let ( =|< ) = map
  let ( <&> ) a b = join [a; b]
  let ( <?> ) a b = choose [a; b]
  module Let_syntax = struct
    let return = return
    let map p ~f = map f p
    let bind p ~f = bind p f
    let both = both
    module Open_on_rhs = struct end
  end
end

module Let_syntax = Infix.Let_syntax

module Syntax = struct
  let ( let* ) = bind
  let ( and* ) = both
  let ( let+ ) p f = map f p
  let ( and+ ) = both
end

include Infix
