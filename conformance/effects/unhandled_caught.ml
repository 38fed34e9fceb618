(* Effect.Unhandled: raised when no handler handles an effect -- with no
   handler at all, or when every enclosing handler declines. It is raised at
   the perform site, so the computation itself can catch it. *)
open Effect
open Effect.Deep

type _ Effect.t += Known : int Effect.t
type _ Effect.t += Unknown : string -> int Effect.t

let describe (e : exn) =
  match e with
  | Unhandled eff ->
    (match eff with
     | Known -> "Unhandled(Known)"
     | Unknown s -> "Unhandled(Unknown " ^ s ^ ")"
     | _ -> "Unhandled(other)")
  | _ -> "not Unhandled"

let only_known f =
  try_with f ()
    { effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Known -> Some (fun (k : (a, int) continuation) -> continue k 42)
        | _ -> None) }

let () =
  (try ignore (perform Known) with e -> print_endline ("1: " ^ describe e));
  (try
     let r = only_known (fun () -> let a = perform Known in a + perform (Unknown "u2")) in
     Printf.printf "2: %d\n" r
   with e -> print_endline ("2: " ^ describe e));
  let r = only_known (fun () ->
    let a = perform Known in
    let b =
      try perform (Unknown "u3")
      with Unhandled _ -> print_endline "3: caught at the perform site"; -1
    in
    a + b) in
  Printf.printf "3: %d\n" r;
  let r =
    match_with (fun () -> perform (Unknown "u4")) ()
      { retc = (fun v -> "value " ^ string_of_int v);
        exnc = (fun e -> "exnc: " ^ describe e);
        effc = (fun _ -> None) }
  in
  print_endline ("4: " ^ r);
  print_endline ("5: " ^ describe Not_found)
