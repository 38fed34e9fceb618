(* The scheduler, turn by turn as Lwt_main's: while [p] is pending, wait on the host for an
   event (unless promises of [pause]/[yield] are ready to go on), then wake the paused
   promises, then the yielded ones. *)

type event =
  | Timer of int
  (* id, method, target, headers, body, client address, socket fd *)
  | Request of int * string * string * (string * string) list * string * string * int
  (* An asynchronous host operation finished: the id the host gave it, and its result. *)
  | Io of int * Obj.t
external host_wait_event : unit -> event = "%host_wait_event"

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

let rec run p =
  match Lwt.poll p with
  | Some v -> v
  | None ->
    if Lwt.paused_count () = 0 && Queue.is_empty Lwt_unix.yielded then begin
      match host_wait_event () with
      | Timer id when id < 0 -> failwith "Lwt_main.run: the promise can never be resolved"
      | Timer id -> Lwt_unix.fire id
      | Request (id, meth, target, headers, body, client, fd) ->
        !request_hook (id, meth, target, headers, body, client, fd)
      | Io (id, v) -> io_done id v
    end;
    Lwt.wakeup_paused ();
    wakeup_yielded ();
    run p

let yield = Lwt_unix.yield
