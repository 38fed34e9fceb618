(* Handler clauses wrap their continue in Fun.protect: the finallys run, in
   reverse order, once the rest of the computation is over -- whether it
   returns normally or raises (try_with re-raises through every clause). *)
open Effect
open Effect.Deep

type _ Effect.t += Enter : string -> unit Effect.t

let run fail =
  try
    try_with (fun () ->
        perform (Enter "a");
        perform (Enter "b");
        perform (Enter "c");
        if fail then failwith "body failed";
        print_endline "  body done") ()
      { effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Enter name -> Some (fun (k : (a, unit) continuation) ->
              Printf.printf "  enter %s\n" name;
              Fun.protect
                ~finally:(fun () -> Printf.printf "  leave %s\n" name)
                (fun () -> continue k ()))
          | _ -> None) };
    print_endline "  finished normally"
  with Failure m -> Printf.printf "  caught Failure %s\n" m

let () =
  print_endline "run without failure:";
  run false;
  print_endline "run with failure:";
  run true
