(* async/await with promises: Async starts a task at once and queues the
   caller; Await on a pending promise parks the continuation on the promise
   until the task that fills it returns. *)
open Effect
open Effect.Deep

type 'a status = Pending of ('a -> unit) list | Resolved of 'a
type 'a promise = 'a status ref

type _ Effect.t += Async : (unit -> 'a) -> 'a promise Effect.t
type _ Effect.t += Await : 'a promise -> 'a Effect.t
type _ Effect.t += Yield : unit Effect.t

let async f = perform (Async f)
let await p = perform (Await p)
let yield () = perform Yield

let run (main : unit -> unit) =
  let q : (unit -> unit) Queue.t = Queue.create () in
  let enqueue f = Queue.push f q in
  let dequeue () = if Queue.is_empty q then () else (Queue.pop q) () in
  let rec fork : 'a. 'a promise -> (unit -> 'a) -> unit = fun p f ->
    match_with f ()
      { retc = (fun v ->
          (match !p with
           | Pending waiters ->
             p := Resolved v;
             List.iter (fun w -> enqueue (fun () -> w v)) (List.rev waiters)
           | Resolved _ -> failwith "resolved twice");
          dequeue ());
        exnc = raise;
        effc = (fun (type b) (eff : b Effect.t) ->
          match eff with
          | Async g -> Some (fun (k : (b, unit) continuation) ->
              let p' = ref (Pending []) in
              enqueue (fun () -> continue k p');
              fork p' g)
          | Await p' -> Some (fun (k : (b, unit) continuation) ->
              (match !p' with
               | Resolved v -> continue k v
               | Pending waiters ->
                 p' := Pending ((fun v -> continue k v) :: waiters);
                 dequeue ()))
          | Yield -> Some (fun (k : (b, unit) continuation) ->
              enqueue (fun () -> continue k ());
              dequeue ())
          | _ -> None) }
  in
  fork (ref (Pending [])) main

let () =
  run (fun () ->
    print_endline "main: start";
    let p1 = async (fun () -> print_endline "t1: start"; yield (); print_endline "t1: end"; 10) in
    let p2 = async (fun () ->
      print_endline "t2: start";
      let v = await p1 in
      Printf.printf "t2: got %d\n" v;
      v * 2) in
    print_endline "main: spawned";
    let v2 = await p2 in
    Printf.printf "main: p2 = %d\n" v2;
    let v1 = await p1 in
    Printf.printf "main: p1 = %d\n" v1);
  print_endline "all done"
