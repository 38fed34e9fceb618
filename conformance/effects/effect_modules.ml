(* Effects declared in modules: same constructor name in two modules gives two
   different effects; a generative functor and a local module make a fresh
   effect per instance, and a handler only matches its own instance's. *)
open Effect
open Effect.Deep

module M = struct
  type _ Effect.t += E : unit Effect.t
  type _ Effect.t += Add : int * int -> int Effect.t
end

module N = struct
  type _ Effect.t += E : unit Effect.t
end

module Counter () = struct
  type _ Effect.t += Tick : unit Effect.t
  let count = ref 0
  let tick () = perform Tick
  let handle f =
    try_with f ()
      { effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Tick -> Some (fun (k : (a, unit) continuation) -> incr count; continue k ())
          | _ -> None) }
end

module C1 = Counter ()
module C2 = Counter ()

let make () =
  let module L = struct type _ Effect.t += Local : int Effect.t end in
  ((fun () -> perform L.Local),
   (fun f ->
     try_with f ()
       { effc = (fun (type a) (eff : a Effect.t) ->
           match eff with
           | L.Local -> Some (fun (k : (a, int) continuation) -> continue k 99)
           | _ -> None) }))

let () =
  let r = try_with (fun () -> perform M.E; perform N.E; perform (M.Add (2, 3))) ()
    { effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | M.E -> Some (fun (k : (a, int) continuation) -> print_endline "handled M.E"; continue k ())
        | N.E -> Some (fun (k : (a, int) continuation) -> print_endline "handled N.E"; continue k ())
        | M.Add (x, y) -> Some (fun (k : (a, int) continuation) ->
            Printf.printf "handled M.Add (%d, %d)\n" x y; continue k (x + y))
        | _ -> None) } in
  Printf.printf "result %d\n" r;
  (try
     try_with (fun () -> perform M.E) ()
       { effc = (fun (type a) (eff : a Effect.t) ->
           match eff with
           | N.E -> Some (fun (k : (a, unit) continuation) -> print_endline "N.E?!"; continue k ())
           | _ -> None) }
   with Unhandled _ -> print_endline "M.E is not N.E: Unhandled");
  C1.handle (fun () -> C2.handle (fun () -> C1.tick (); C2.tick (); C1.tick (); C1.tick ()));
  Printf.printf "C1 count %d, C2 count %d\n" !C1.count !C2.count;
  (try C1.handle (fun () -> C2.tick ()) with Unhandled _ -> print_endline "C2.Tick under C1 only: Unhandled");
  Printf.printf "C1 count %d, C2 count %d\n" !C1.count !C2.count;
  let (perform1, handle1) = make () in
  let (perform2, _) = make () in
  Printf.printf "own local effect: %d\n" (handle1 perform1);
  (try ignore (handle1 perform2) with Unhandled _ -> print_endline "other instance's local effect: Unhandled")
