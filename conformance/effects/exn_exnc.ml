(* Exceptions raised by a handled computation go to exnc, whose result is what
   match_with (or the pending continue in a handler clause) returns. *)
open Effect
open Effect.Deep

type _ Effect.t += Ask : string -> int Effect.t
exception Bad of int

let handle name comp =
  match_with comp ()
    { retc = (fun v -> Printf.printf "%s: retc %d\n" name v; v);
      exnc = (fun e ->
        (match e with
         | Bad n -> Printf.printf "%s: exnc Bad %d\n" name n
         | Failure s -> Printf.printf "%s: exnc Failure %s\n" name s
         | Division_by_zero -> Printf.printf "%s: exnc Division_by_zero\n" name
         | _ -> Printf.printf "%s: exnc other\n" name);
        -1);
      effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Ask q -> Some (fun (k : (a, int) continuation) ->
            Printf.printf "%s: ask \"%s\"\n" name q;
            let r = continue k (String.length q) in
            Printf.printf "%s: continue returned %d\n" name r;
            r)
        | _ -> None) }

let () =
  let r1 = handle "plain" (fun () -> perform (Ask "abc") + 1) in
  let r2 = handle "fail-after" (fun () ->
    let n = perform (Ask "hello") in
    if n > 3 then raise (Bad n);
    n) in
  let r3 = handle "fail-before" (fun () -> failwith "early") in
  let r4 = handle "div" (fun () -> let n = perform (Ask "") in 10 / n) in
  Printf.printf "results: %d %d %d %d\n" r1 r2 r3 r4
