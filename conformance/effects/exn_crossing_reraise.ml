(* Exceptions crossing handlers: try_with re-raises, exnc may convert and
   re-raise, a clause may catch what comes out of continue, and an exception
   can cross an inner handler to reach an outer exnc. *)
open Effect
open Effect.Deep

type _ Effect.t += Tick : unit Effect.t
exception Stop of string

let ticks = ref 0

let () =
  (try
     let v =
       try_with (fun () -> perform Tick; perform Tick; raise (Stop "after two ticks")) ()
         { effc = (fun (type a) (eff : a Effect.t) ->
             match eff with
             | Tick -> Some (fun (k : (a, int) continuation) -> incr ticks; continue k ())
             | _ -> None) }
     in
     Printf.printf "value %d\n" v
   with Stop s -> Printf.printf "1: caught Stop %S, ticks = %d\n" s !ticks);
  (try
     let v =
       match_with (fun () -> perform Tick; 1 / 0) ()
         { retc = (fun v -> v);
           exnc = (fun e ->
             Printf.printf "2: exnc saw %s\n" (Printexc.to_string e);
             raise (Stop "converted"));
           effc = (fun (type a) (eff : a Effect.t) ->
             match eff with
             | Tick -> Some (fun (k : (a, int) continuation) -> incr ticks; continue k ())
             | _ -> None) }
     in
     Printf.printf "value %d\n" v
   with Stop s -> Printf.printf "2: caught Stop %S, ticks = %d\n" s !ticks);
  let r =
    match_with (fun () -> perform Tick; raise (Stop "inner")) ()
      { retc = (fun () -> "normal");
        exnc = (fun e -> raise e);
        effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Tick -> Some (fun (k : (a, string) continuation) ->
              incr ticks;
              try continue k () with Stop s -> "clause caught " ^ s)
          | _ -> None) }
  in
  Printf.printf "3: %s, ticks = %d\n" r !ticks;
  let r =
    match_with (fun () ->
        try_with (fun () -> perform Tick; ignore (List.nth [1; 2] 5); "unreachable") ()
          { effc = (fun (type a) (eff : a Effect.t) ->
              match eff with
              | Tick -> Some (fun (k : (a, string) continuation) -> incr ticks; continue k ())
              | _ -> None) })
      ()
      { retc = (fun s -> s);
        exnc = (fun e -> match e with Failure m -> "outer exnc: Failure " ^ m | _ -> "outer exnc: other");
        effc = (fun _ -> None) }
  in
  Printf.printf "4: %s, ticks = %d\n" r !ticks
