(* Lwt_condition: promises waiting for a value; [signal] gives it to the oldest waiter,
   [broadcast] to all, each resolved as [wakeup_later] does. *)

type 'a t = 'a Lwt.t Queue.t

let create () : 'a t = Queue.create ()

let wait ?mutex (c : 'a t) =
  let waiter = Lwt.add_task_r c in
  (match mutex with Some m -> Lwt_mutex.unlock m | None -> ());
  Lwt.finalize (fun () -> waiter)
    (fun () -> match mutex with Some m -> Lwt_mutex.lock m | None -> Lwt.return_unit)

let signal (c : 'a t) v =
  match Lwt_mutex.next_waiter c with
  | Some p -> Lwt.wakeup_later p v
  | None -> ()

let take_all (c : 'a t) =
  let all = Queue.fold (fun acc p -> p :: acc) [] c in
  Queue.clear c;
  List.filter Lwt.is_sleeping (List.rev all)

let broadcast c v = List.iter (fun p -> Lwt.wakeup_later p v) (take_all c)
let broadcast_exn c e = List.iter (fun p -> Lwt.wakeup_later_exn p e) (take_all c)
