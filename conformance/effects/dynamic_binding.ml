(* Dynamic binding with an Ask effect: the innermost handler that knows a key
   answers (its effc looks at the payload and declines unknown keys); a
   handler may itself perform Ask in its clause, which goes to the outer ones. *)
open Effect
open Effect.Deep

type _ Effect.t += Ask : string -> string Effect.t

let with_env (env : (string * string) list) f =
  try_with f ()
    { effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Ask key ->
          (match List.assoc_opt key env with
           | Some v -> Some (fun (k : (a, unit) continuation) -> continue k v)
           | None -> None)
        | _ -> None) }

let with_prefix p f =
  try_with f ()
    { effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Ask key -> Some (fun (k : (a, unit) continuation) ->
            let v = perform (Ask key) in
            continue k (p ^ v))
        | _ -> None) }

let show key = Printf.printf "%s = %s\n" key (perform (Ask key))

let () =
  with_env [("user", "root"); ("home", "/root"); ("shell", "sh")] (fun () ->
    show "user";
    with_env [("user", "alice")] (fun () ->
      show "user";
      show "home";
      with_prefix "[" (fun () ->
        show "user";
        show "shell"));
    show "user");
  (try with_env [("a", "1")] (fun () -> show "b")
   with Unhandled _ -> print_endline "b is not bound")
