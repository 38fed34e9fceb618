(* Timers reach the host as requests; the promise of each waits in [timers] until the
   scheduler hears from the host that its timer fired. *)

external host_timer : float -> int = "%host_timer"
external host_time : unit -> float = "%host_time"

let timers : (int, unit Lwt.u) Hashtbl.t = Hashtbl.create 16

(* The id of the latest timer started: the host numbers them in order, and the scheduler
   tells from it which timers a turn of its engine started. *)
let last_timer = ref (-1)

let sleep d =
  let (p, r) = Lwt.task () in
  let id = host_timer d in
  last_timer := id;
  Hashtbl.replace timers id r;
  (* A cancelled sleep forgets its timer; the host's event for it then finds nothing. *)
  Lwt.on_cancel p (fun () -> Hashtbl.remove timers id);
  p

(* Promises of [yield ()], woken by the scheduler after those of [Lwt.pause]. *)
let yielded : unit Lwt.t Queue.t = Queue.create ()
let yield () = Lwt.add_task_r yielded

let time () = host_time ()
let gettimeofday () = host_time ()
let auto_yield _ = fun () -> yield ()

exception Timeout
let timeout d = Lwt.bind (sleep d) (fun () -> Lwt.fail Timeout)
let with_timeout d f = Lwt.pick [timeout d; Lwt.apply f ()]

(* Called by the scheduler with the id the host reports. *)
let fire id =
  match Hashtbl.find_opt timers id with
  | None -> ()
  | Some r ->
    Hashtbl.remove timers id;
    Lwt.wakeup r ()
