(* A scheduler with a synchronous channel: Send blocks until a receiver takes
   the value and Recv blocks until a sender offers one; blocked tasks wait as
   stored continuations in queues. *)
open Effect
open Effect.Deep

type _ Effect.t += Send : int -> unit Effect.t
type _ Effect.t += Recv : int Effect.t
type _ Effect.t += Spawn : (unit -> unit) -> unit Effect.t

let run main =
  let ready : (unit -> unit) Queue.t = Queue.create () in
  let senders : (int * (unit, unit) continuation) Queue.t = Queue.create () in
  let receivers : (int, unit) continuation Queue.t = Queue.create () in
  let next () = match Queue.take_opt ready with Some f -> f () | None -> () in
  let rec spawn f =
    match_with f ()
      { retc = (fun () -> next ());
        exnc = raise;
        effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Spawn g -> Some (fun (k : (a, unit) continuation) ->
              Queue.push (fun () -> continue k ()) ready;
              spawn g)
          | Send v -> Some (fun (k : (a, unit) continuation) ->
              match Queue.take_opt receivers with
              | Some r -> Queue.push (fun () -> continue r v) ready; continue k ()
              | None -> Queue.push (v, k) senders; next ())
          | Recv -> Some (fun (k : (a, unit) continuation) ->
              match Queue.take_opt senders with
              | Some (v, s) -> Queue.push (fun () -> continue s ()) ready; continue k v
              | None -> Queue.push k receivers; next ())
          | _ -> None) }
  in
  spawn main

let () =
  run (fun () ->
    perform (Spawn (fun () ->
      for i = 1 to 3 do
        Printf.printf "producer: sending %d\n" i;
        perform (Send i);
        Printf.printf "producer: sent %d\n" i
      done;
      print_endline "producer: done"));
    for _ = 1 to 3 do
      print_endline "consumer: waiting";
      let v = perform Recv in
      Printf.printf "consumer: received %d\n" v
    done;
    print_endline "consumer: done");
  print_endline "scheduler finished"
