(* A scheduler driven by a top-level loop: Pause stores the continuation and
   returns to the loop, which later resumes it outside the original handler
   call (the deep handler comes back with it). Failing tasks reach exnc. *)
open Effect
open Effect.Deep

type _ Effect.t += Spawn : string * (unit -> int) -> unit Effect.t
type _ Effect.t += Pause : unit Effect.t

let results : (string * string) list ref = ref []

let run_all (tasks : (string * (unit -> int)) list) =
  let ready : (unit -> unit) Queue.t = Queue.create () in
  let rec start name f =
    match_with f ()
      { retc = (fun v ->
          results := (name, "returned " ^ string_of_int v) :: !results;
          Printf.printf "[%s returned %d]\n" name v);
        exnc = (fun e ->
          let msg = match e with Failure s -> s | Not_found -> "Not_found" | _ -> "?" in
          results := (name, "failed " ^ msg) :: !results;
          Printf.printf "[%s failed: %s]\n" name msg);
        effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Pause -> Some (fun (k : (a, unit) continuation) ->
              Queue.push (fun () -> continue k ()) ready)
          | Spawn (child, g) -> Some (fun (k : (a, unit) continuation) ->
              Printf.printf "[%s spawns %s]\n" name child;
              Queue.push (fun () -> start child g) ready;
              continue k ())
          | _ -> None) }
  in
  List.iter (fun (name, f) -> Queue.push (fun () -> start name f) ready) tasks;
  while not (Queue.is_empty ready) do
    (Queue.pop ready) ()
  done

let worker name n () =
  let acc = ref 0 in
  for i = 1 to n do
    Printf.printf "%s step %d\n" name i;
    acc := !acc + i;
    perform Pause
  done;
  !acc

let () =
  run_all [
    ("A", worker "A" 2);
    ("B", (fun () ->
       print_endline "B start";
       perform (Spawn ("B1", worker "B1" 1));
       perform Pause;
       print_endline "B about to fail";
       failwith "B broke"));
    ("C", (fun () ->
       perform (Spawn ("C1", fun () -> raise Not_found));
       perform Pause;
       7)) ];
  List.iter (fun (n, r) -> Printf.printf "%s: %s\n" n r) (List.rev !results)
