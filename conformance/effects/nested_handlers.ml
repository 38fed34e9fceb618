(* Nested handlers: the inner one handles A, B passes through it to the outer
   one. Each clause's continue returns only when the whole rest of the
   computation has finished. *)
open Effect
open Effect.Deep

type _ Effect.t += A : int -> int Effect.t
type _ Effect.t += B : string -> unit Effect.t

let comp () =
  print_endline "comp: start";
  let x = perform (A 1) in
  perform (B ("x=" ^ string_of_int x));
  let y = perform (A x) in
  perform (B ("y=" ^ string_of_int y));
  print_endline "comp: end";
  x + y

let inner () =
  let r =
    try_with comp ()
      { effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | A n -> Some (fun (k : (a, int) continuation) ->
              Printf.printf "inner: A %d\n" n;
              let r = continue k (n + 10) in
              Printf.printf "inner: A %d resumed, got %d\n" n r;
              r)
          | _ -> None) }
  in
  Printf.printf "inner returns %d\n" r;
  r * 100

let () =
  let log = ref [] in
  let r =
    try_with inner ()
      { effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | B s -> Some (fun (k : (a, int) continuation) ->
              Printf.printf "outer: B %s\n" s;
              log := s :: !log;
              continue k ())
          | A _ -> Some (fun (k : (a, int) continuation) ->
              print_endline "outer: A (unexpected)";
              continue k 0)
          | _ -> None) }
  in
  Printf.printf "outer returns %d\n" r;
  Printf.printf "log: %s\n" (String.concat ", " (List.rev !log))
