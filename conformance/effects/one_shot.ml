(* Continuations are one-shot: resuming one a second time (continue or
   discontinue, in the clause or later, or via a Seq tail forced twice) raises
   Effect.Continuation_already_resumed where the resume is attempted. *)
open Effect
open Effect.Deep

type _ Effect.t += Get : int Effect.t
type _ Effect.t += Stash : unit Effect.t
type _ Effect.t += Yield : int -> unit Effect.t

let () =
  let r = try_with (fun () -> perform Get + 1) ()
    { effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Get -> Some (fun (k : (a, int) continuation) ->
            let first = continue k 10 in
            Printf.printf "first resume gave %d\n" first;
            (try ignore (continue k 20); print_endline "second resume succeeded?!"
             with Continuation_already_resumed -> print_endline "second resume: Continuation_already_resumed");
            first)
        | _ -> None) } in
  Printf.printf "result %d\n" r;
  let r = try_with (fun () -> perform Get * 2) ()
    { effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Get -> Some (fun (k : (a, int) continuation) ->
            let v = continue k 4 in
            (match discontinue k Exit with
             | _ -> print_endline "discontinue returned?!"
             | exception Continuation_already_resumed ->
               print_endline "discontinue after continue: Continuation_already_resumed");
            v)
        | _ -> None) } in
  Printf.printf "result %d\n" r;
  let saved : (unit, string) continuation option ref = ref None in
  let r = try_with (fun () -> print_endline "before stash"; perform Stash; print_endline "after stash"; "finished") ()
    { effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Stash -> Some (fun (k : (a, string) continuation) -> saved := Some k; "stashed")
        | _ -> None) } in
  Printf.printf "try_with returned %s\n" r;
  (match !saved with
   | None -> ()
   | Some k ->
     Printf.printf "resume 1: %s\n" (continue k ());
     (try Printf.printf "resume 2: %s\n" (continue k ())
      with Continuation_already_resumed -> print_endline "resume 2: Continuation_already_resumed"));
  let seq : int Seq.t = fun () ->
    match_with (fun () -> perform (Yield 1); perform (Yield 2)) ()
      { retc = (fun () -> Seq.Nil);
        exnc = raise;
        effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Yield n -> Some (fun (k : (a, int Seq.node) continuation) -> Seq.Cons (n, fun () -> continue k ()))
          | _ -> None) } in
  match seq () with
  | Seq.Nil -> print_endline "empty?!"
  | Seq.Cons (x, rest) ->
    Printf.printf "head %d\n" x;
    (match rest () with Seq.Cons (y, _) -> Printf.printf "second %d\n" y | Seq.Nil -> ());
    (try ignore (rest ()); print_endline "forced twice?!"
     with Continuation_already_resumed -> print_endline "forcing the same tail twice: Continuation_already_resumed")
