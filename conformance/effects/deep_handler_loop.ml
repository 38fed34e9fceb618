(* Deep handlers stay installed after continue: every perform of a loop is
   handled by the same handler, and the clauses nest (each continue returns
   after the computation has finished). *)
open Effect
open Effect.Deep

type _ Effect.t += Ping : int -> int Effect.t

let () =
  let count = ref 0 in
  let r =
    try_with (fun () ->
        let acc = ref 0 in
        for i = 1 to 4 do
          let v = perform (Ping i) in
          Printf.printf "comp: ping %d answered %d\n" i v;
          acc := !acc + v
        done;
        !acc) ()
      { effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Ping i -> Some (fun (k : (a, int) continuation) ->
              incr count;
              Printf.printf "handler: enter %d\n" i;
              let r = continue k (i * i) in
              Printf.printf "handler: leave %d (result %d)\n" i r;
              r)
          | _ -> None) }
  in
  Printf.printf "result %d, handled %d pings\n" r !count;
  count := 0;
  let total =
    try_with (fun () ->
        let s = ref 0 in
        for i = 1 to 10_000 do s := !s + perform (Ping i) done;
        !s) ()
      { effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Ping i -> Some (fun (k : (a, int) continuation) -> incr count; continue k (i * i))
          | _ -> None) }
  in
  Printf.printf "sum of squares 1..10000 = %d, handled %d pings\n" total !count
