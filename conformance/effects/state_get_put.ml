(* State in state-passing style with a deep handler: every clause returns a
   function of the current state, and resuming yields the next such function. *)
open Effect
open Effect.Deep

type _ Effect.t += Get : int Effect.t
type _ Effect.t += Put : int -> unit Effect.t

let run (comp : unit -> 'r) (init : int) : 'r * int =
  let f =
    match_with comp ()
      { retc = (fun x -> fun s -> Printf.printf "  retc with state %d\n" s; (x, s));
        exnc = raise;
        effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Get ->
            Some (fun (k : (a, int -> 'r * int) continuation) -> fun (s : int) ->
              Printf.printf "  get -> %d\n" s;
              continue k s s)
          | Put n ->
            Some (fun (k : (a, int -> 'r * int) continuation) -> fun (s : int) ->
              Printf.printf "  put %d (was %d)\n" n s;
              continue k () n)
          | _ -> None) }
  in
  f init

let comp () =
  let a = perform Get in
  perform (Put (a + 10));
  let b = perform Get in
  perform (Put (b * 2));
  Printf.printf "  comp sees %d\n" (perform Get);
  "result"

let counter () =
  for _ = 1 to 3 do
    let v = perform Get in
    perform (Put (v + 1))
  done;
  perform Get * 100

let () =
  print_endline "run comp from 5:";
  let (r, s) = run comp 5 in
  Printf.printf "result=%s state=%d\n" r s;
  print_endline "run counter from 0:";
  let (r, s) = run counter 0 in
  Printf.printf "result=%d state=%d\n" r s
