(* The scheduler: run what [Lwt.pause] deferred, and when nothing is runnable, wait on the
   host for the next timer. *)

type event =
  | Timer of int
  (* id, method, target, headers, body, client address, socket fd *)
  | Request of int * string * string * (string * string) list * string * string * int
external host_wait_event : unit -> event = "%host_wait_event"

(* Where HTTP requests go when the host delivers one (set by the Dream layer). *)
let request_hook = ref (fun _ -> ())

let rec run p =
  Lwt.wakeup_paused ();
  match Lwt.state p with
  | Lwt.Return v -> v
  | Lwt.Fail e -> raise e
  | Lwt.Sleep ->
    if Lwt.paused_count () > 0 then run p
    else begin
      match host_wait_event () with
      | Timer id when id < 0 -> failwith "Lwt_main.run: the promise can never be resolved"
      | Timer id -> Lwt_unix.fire id; run p
      | Request (id, meth, target, headers, body, client, fd) ->
        !request_hook (id, meth, target, headers, body, client, fd); run p
    end

let yield = Lwt.pause
