(* Timers reach the host as requests; the promise of each waits in [timers] until the
   scheduler hears from the host that its timer fired. *)

external host_timer : float -> int = "%host_timer"
external host_time : unit -> float = "%host_time"

let timers = ref []

let sleep d =
  let (p, r) = Lwt.task () in
  let id = host_timer d in
  timers := (id, r) :: !timers;
  p

let yield () = Lwt.pause ()
let time () = host_time ()
let gettimeofday () = host_time ()
let auto_yield _ = fun () -> Lwt.pause ()

exception Timeout
let timeout d = Lwt.bind (sleep d) (fun () -> Lwt.fail Timeout)
let with_timeout d f = Lwt.pick [timeout d; f ()]

(* Called by the scheduler with the id the host reports. *)
let fire id =
  match List.assoc_opt id !timers with
  | None -> ()
  | Some r ->
    timers := List.remove_assoc id !timers;
    if Lwt.is_sleeping r then Lwt.wakeup r ()
