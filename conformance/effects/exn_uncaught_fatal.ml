(* An exception raised inside a handled computation crosses both handlers
   (try_with re-raises) and is never caught: the program dies with it. *)
open Effect
open Effect.Deep

type _ Effect.t += Step : int -> unit Effect.t

let comp () =
  for i = 1 to 5 do
    perform (Step i);
    if i = 3 then failwith "boom at 3"
  done

let () =
  try_with
    (fun () ->
      try_with comp ()
        { effc = (fun (type a) (eff : a Effect.t) ->
            match eff with
            | Step i -> Some (fun (k : (a, unit) continuation) ->
                Printf.printf "inner step %d\n" i;
                continue k ())
            | _ -> None) })
    ()
    { effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Step _ -> Some (fun (k : (a, unit) continuation) ->
            print_endline "outer never sees steps";
            continue k ())
        | _ -> None) };
  print_endline "not reached"
