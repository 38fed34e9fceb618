(* retc, exnc and the handler clauses run outside the handler they belong to:
   effects they perform go to the enclosing handler, while effects of the
   computation itself go to the inner one. *)
open Effect
open Effect.Deep

type _ Effect.t += Note : string -> unit Effect.t
type _ Effect.t += Req : int -> int Effect.t

let inner comp =
  match_with comp ()
    { retc = (fun v -> perform (Note (Printf.sprintf "inner retc %d" v)); v + 1);
      exnc = (fun e ->
        let m = match e with Failure m -> "Failure " ^ m | _ -> "?" in
        perform (Note ("inner exnc " ^ m));
        0);
      effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Req n -> Some (fun (k : (a, int) continuation) ->
            perform (Note (Printf.sprintf "inner clause for Req %d" n));
            continue k (n * 10))
        | Note s -> Some (fun (k : (a, int) continuation) ->
            Printf.printf "inner handles note: %s\n" s;
            continue k ())
        | _ -> None) }

let outer f =
  try_with f ()
    { effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Note s -> Some (fun (k : (a, int) continuation) ->
            Printf.printf "outer handles note: %s\n" s;
            continue k ())
        | _ -> None) }

let () =
  let r = outer (fun () -> inner (fun () ->
    perform (Note "from computation");
    let v = perform (Req 4) in
    v + 2)) in
  Printf.printf "result %d\n" r;
  let r = outer (fun () -> inner (fun () ->
    perform (Note "about to fail");
    failwith "bad")) in
  Printf.printf "result %d\n" r
