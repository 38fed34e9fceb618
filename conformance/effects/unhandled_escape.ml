(* An unhandled effect: Effect.Unhandled is raised at the perform site, leaves
   the inner try_with, reaches the outer match_with's exnc, which re-raises it,
   and it escapes every handler. The top level reports it and exits with 2. *)
open Effect
open Effect.Deep

type _ Effect.t += Lost : unit Effect.t
type _ Effect.t += Found : int Effect.t

let inner () =
  try_with (fun () ->
      Printf.printf "found %d\n" (perform Found);
      print_endline "performing Lost";
      perform Lost;
      print_endline "not reached (after Lost)") ()
    { effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Found -> Some (fun (k : (a, unit) continuation) -> continue k 7)
        | _ -> None) }

let outer () =
  match_with inner ()
    { retc = (fun () -> print_endline "outer retc (not reached)");
      exnc = (fun e ->
        (match e with
         | Unhandled _ -> print_endline "outer exnc: Unhandled, re-raising"
         | _ -> print_endline "outer exnc: other");
        raise e);
      effc = (fun _ -> None) }

let () =
  try
    outer ();
    print_endline "not reached (after outer)"
  with Unhandled _ ->
    prerr_endline "Unhandled effect escaped every handler";
    exit 2
