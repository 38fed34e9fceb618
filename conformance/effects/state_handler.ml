open Effect
open Effect.Deep

type _ Effect.t += Get : int Effect.t
type _ Effect.t += Put : int -> unit Effect.t

let with_state (init : int) f =
  let state = ref init in
  try_with f ()
    { effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Get -> Some (fun (k : (a, _) continuation) -> continue k !state)
        | Put v -> Some (fun (k : (a, _) continuation) -> state := v; continue k ())
        | _ -> None) }

let () =
  let result = with_state 10 (fun () ->
    let a = perform Get in
    perform (Put (a * 2));
    let b = perform Get in
    perform (Put (b + 1));
    perform Get) in
  Printf.printf "%d\n" result
