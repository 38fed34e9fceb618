(* The scheduler: run what [Lwt.pause] deferred, and when nothing is runnable, wait on the
   host for the next timer. *)

external host_wait_timer : unit -> int = "%host_wait_timer"

let rec run p =
  Lwt.wakeup_paused ();
  match Lwt.state p with
  | Lwt.Return v -> v
  | Lwt.Fail e -> raise e
  | Lwt.Sleep ->
    if Lwt.paused_count () > 0 then run p
    else begin
      let id = host_wait_timer () in
      if id < 0 then failwith "Lwt_main.run: the promise can never be resolved"
      else (Lwt_unix.fire id; run p)
    end

let yield = Lwt.pause
