(* A continuation captured under handler H1 is stashed and resumed later
   inside a different handler (the second logger). H1 comes back with it and
   still handles Ask; Log, which H1 forwards, now reaches the second logger. *)
open Effect
open Effect.Deep

type _ Effect.t += Pause : unit Effect.t
type _ Effect.t += Log : string -> unit Effect.t
type _ Effect.t += Ask : int Effect.t

let task () =
  perform (Log "task started");
  perform Pause;
  perform (Log "task resumed");
  let v = perform Ask in
  perform (Log ("task got " ^ string_of_int v));
  v * 2

let stash : (unit, int) continuation option ref = ref None

let h1 () =
  match_with task ()
    { retc = (fun v -> Printf.printf "H1 retc %d\n" v; v);
      exnc = raise;
      effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Pause -> Some (fun (k : (a, int) continuation) ->
            print_endline "H1: Pause, stashing";
            stash := Some k;
            0)
        | Ask -> Some (fun (k : (a, int) continuation) -> print_endline "H1: Ask"; continue k 21)
        | _ -> None) }

let logger name f =
  try_with f ()
    { effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Log s -> Some (fun (k : (a, int) continuation) ->
            Printf.printf "[%s] %s\n" name s;
            continue k ())
        | _ -> None) }

let () =
  let r = logger "first logger" h1 in
  Printf.printf "first run returned %d\n" r;
  let r =
    logger "second logger" (fun () ->
      match !stash with
      | Some k -> stash := None; continue k ()
      | None -> -1)
  in
  Printf.printf "second run returned %d\n" r
