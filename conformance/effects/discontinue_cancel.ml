(* A consumer cancels a producer with discontinue: the producer sees the
   exception at its perform, may clean up and re-raise (exnc gets it) or
   swallow it and return (retc gets the value). *)
open Effect
open Effect.Deep

type _ Effect.t += Emit : int -> unit Effect.t
exception Cancel

let producer swallow () =
  let sent = ref 0 in
  try
    for i = 1 to 4 do
      perform (Emit (i * i));
      incr sent
    done;
    print_endline "  producer: finished normally";
    !sent
  with Cancel ->
    Printf.printf "  producer: cancelled after %d\n" !sent;
    if swallow then -1 else raise Cancel

let consume ~swallow limit =
  Printf.printf "consume up to %d%s:\n" limit (if swallow then " (producer swallows)" else "");
  let total = ref 0 in
  let r =
    match_with (producer swallow) ()
      { retc = (fun n -> Printf.printf "  retc: %d sent\n" n; `Finished n);
        exnc = (fun e ->
          (match e with Cancel -> print_endline "  exnc: Cancel" | _ -> print_endline "  exnc: other");
          `Cancelled);
        effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Emit v -> Some (fun (k : (a, _) continuation) ->
              total := !total + v;
              Printf.printf "  got %d (total %d)\n" v !total;
              if !total >= limit then discontinue k Cancel else continue k ())
          | _ -> None) }
  in
  match r with
  | `Finished n -> Printf.printf "finished: %d values, total %d\n" n !total
  | `Cancelled -> Printf.printf "cancelled: total %d\n" !total

let () =
  consume ~swallow:false 10;
  consume ~swallow:false 100;
  consume ~swallow:true 5
