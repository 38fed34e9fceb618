(* A cooperative scheduler with a queue of continuations: Fork runs the
   child at once and queues the parent; Yield queues the current task and
   runs the next one. Every task's handler is nested in whoever resumed it. *)
open Effect
open Effect.Deep

type _ Effect.t += Yield : unit Effect.t
type _ Effect.t += Fork : (unit -> unit) -> unit Effect.t

let run (main : unit -> unit) =
  let q : (unit -> unit) Queue.t = Queue.create () in
  let next () = if Queue.is_empty q then () else (Queue.pop q) () in
  let rec spawn (f : unit -> unit) =
    match_with f ()
      { retc = (fun () -> next ());
        exnc = raise;
        effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Yield -> Some (fun (k : (a, unit) continuation) ->
              Queue.push (fun () -> continue k ()) q;
              next ())
          | Fork g -> Some (fun (k : (a, unit) continuation) ->
              Queue.push (fun () -> continue k ()) q;
              spawn g)
          | _ -> None) }
  in
  spawn main

let task name n () =
  for i = 1 to n do
    Printf.printf "%s %d\n" name i;
    perform Yield
  done;
  Printf.printf "%s done\n" name

let () =
  run (fun () ->
    print_endline "main start";
    perform (Fork (task "a" 3));
    perform (Fork (task "b" 2));
    print_endline "main middle";
    perform Yield;
    perform (Fork (task "c" 1));
    print_endline "main end");
  print_endline "all done"
