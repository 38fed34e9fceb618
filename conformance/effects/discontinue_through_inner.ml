(* The outer handler discontinues a continuation that also holds an inner
   handler (the effect was forwarded through it): the exception appears at the
   perform site; when uncaught it passes the inner exnc, then the outer one. *)
open Effect
open Effect.Deep

type _ Effect.t += Inner_op : unit Effect.t
type _ Effect.t += Outer_op : int Effect.t
exception Denied

let calls = ref 0

let comp () =
  perform Inner_op;
  print_endline "comp: asking outer";
  let v =
    try perform Outer_op
    with Denied -> print_endline "comp: Denied at perform site, retrying"; perform Outer_op
  in
  Printf.printf "comp: got %d\n" v;
  perform Outer_op

let inner () =
  match_with comp ()
    { retc = (fun v -> Printf.printf "inner retc %d\n" v; v);
      exnc = (fun e -> print_endline "inner exnc sees the exception"; raise e);
      effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Inner_op -> Some (fun (k : (a, int) continuation) ->
            print_endline "inner handles Inner_op";
            continue k ())
        | _ -> None) }

let () =
  let r =
    match_with inner ()
      { retc = (fun v -> Printf.printf "outer retc %d\n" v; v);
        exnc = (fun e ->
          (match e with Denied -> print_endline "outer exnc: Denied" | _ -> print_endline "outer exnc: other");
          -1);
        effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Outer_op -> Some (fun (k : (a, int) continuation) ->
              incr calls;
              if !calls = 2 then begin
                Printf.printf "outer: Outer_op #%d -> continue 5\n" !calls;
                continue k 5
              end else begin
                Printf.printf "outer: Outer_op #%d -> discontinue\n" !calls;
                discontinue k Denied
              end)
          | _ -> None) }
  in
  Printf.printf "result %d\n" r
