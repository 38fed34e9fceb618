(* The scheduler, turn by turn as Lwt_main's: wake the paused promises; unless [p] is
   resolved, run one turn of the engine (handle every timer due and request arrived, first
   waiting for one if nothing is paused or yielded); wake the paused promises again, then the
   promises yielded before this turn. *)

type event =
  | Nothing
  | Timer of int
  (* id, method, target, headers, body, client address, socket fd *)
  | Request of int * string * string * (string * string) list * string * string * int
  (* An asynchronous host operation finished: the id the host gave it, and its result. *)
  | Io of int * Obj.t
external host_wait_event : unit -> event = "%host_wait_event"
external host_poll_event : unit -> event = "%host_poll_event"

(* Where HTTP requests go when the host delivers one (set by the Dream layer). A request the
   host could not parse arrives with an empty method, for the Dream layer to answer 400. *)
let request_hook = ref (fun _ -> ())

(* Promises waiting for the host's asynchronous operations, by the id the host gave each. *)
let io_waiters : (int, Obj.t Lwt.u) Hashtbl.t = Hashtbl.create 16

let io_wait id =
  let (p, r) = Lwt.wait () in
  Hashtbl.replace io_waiters id r;
  p

let io_done id v =
  match Hashtbl.find_opt io_waiters id with
  | None -> ()
  | Some r -> Hashtbl.remove io_waiters id; Lwt.wakeup r v

let wakeup_yielded () =
  if not (Queue.is_empty Lwt_unix.yielded) then begin
    let batch = Queue.create () in
    Queue.transfer Lwt_unix.yielded batch;
    Queue.iter (fun p -> if Lwt.is_sleeping p then Lwt.wakeup p ()) batch
  end

(* Timers started during a turn of the engine are not seen by that turn, as with Lwt's
   engine (else a loop of [sleep 0.] would never let the turn end): the host may report them
   due already, so they wait here for the next turn. *)
let deferred = Queue.create ()

let handle ~newest = function
  | Nothing -> false
  | Timer id when id < 0 -> failwith "Lwt_main.run: the promise can never be resolved"
  | Timer id when id > newest -> Queue.add id deferred; true
  | Timer id -> Lwt_unix.fire id; true
  | Request (id, meth, target, headers, body, client, fd) ->
    !request_hook (id, meth, target, headers, body, client, fd); true
  | Io (id, v) -> io_done id v; true

let engine_turn block =
  let newest = !Lwt_unix.last_timer in
  let ready = Queue.create () in
  Queue.transfer deferred ready;
  Queue.iter Lwt_unix.fire ready;
  if block && Queue.is_empty ready then ignore (handle ~newest (host_wait_event ()));
  let rec drain () = if handle ~newest (host_poll_event ()) then drain () in
  drain ()

let rec run p =
  Lwt.wakeup_paused ();
  match Lwt.poll p with
  | Some v -> v
  | None ->
    engine_turn (Lwt.paused_count () = 0 && Queue.is_empty Lwt_unix.yielded);
    Lwt.wakeup_paused ();
    wakeup_yielded ();
    run p

let yield = Lwt_unix.yield
