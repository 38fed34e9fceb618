open Effect
open Effect.Deep

type _ Effect.t += Yield : unit Effect.t
type _ Effect.t += Fork : (unit -> unit) -> unit Effect.t

let run main =
  let queue = Queue.create () in
  let enqueue k = Queue.add k queue in
  let dequeue () = if Queue.is_empty queue then () else (Queue.take queue) () in
  let rec spawn f =
    match_with f ()
      { retc = (fun () -> dequeue ());
        exnc = (fun e -> raise e);
        effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Yield -> Some (fun (k : (a, unit) continuation) -> enqueue (fun () -> continue k ()); dequeue ())
          | Fork g -> Some (fun (k : (a, unit) continuation) -> enqueue (fun () -> continue k ()); spawn g)
          | _ -> None) } in
  spawn main

let task name n () =
  for i = 1 to n do
    Printf.printf "%s%d " name i;
    perform Yield
  done

let () =
  run (fun () ->
    perform (Fork (task "a" 3));
    perform (Fork (task "b" 2));
    task "m" 2 ());
  print_newline ()
