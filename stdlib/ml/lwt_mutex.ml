(* Lwt_mutex: a lock whose waiters get it in the order they asked, each one resolved as
   [wakeup_later] does, when the holder unlocks. *)

type t = { mutable locked : bool; waiters : unit Lwt.t Queue.t }

let create () = { locked = false; waiters = Queue.create () }

let lock m =
  if m.locked then Lwt.add_task_r m.waiters
  else begin m.locked <- true; Lwt.return_unit end

(* The oldest waiter not cancelled meanwhile. *)
let rec next_waiter q =
  match Queue.take_opt q with
  | Some p when Lwt.is_sleeping p -> Some p
  | Some _ -> next_waiter q
  | None -> None

let unlock m =
  if m.locked then
    match next_waiter m.waiters with
    | Some p -> Lwt.wakeup_later p ()
    | None -> m.locked <- false

let is_locked m = m.locked
let is_empty m = not (Queue.fold (fun any p -> any || Lwt.is_sleeping p) false m.waiters)

let with_lock m f =
  Lwt.bind (lock m) (fun () -> Lwt.finalize f (fun () -> unlock m; Lwt.return_unit))
