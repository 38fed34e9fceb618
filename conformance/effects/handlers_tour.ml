open Effect
open Effect.Deep

type _ Effect.t += Yield : int -> unit Effect.t
type _ Effect.t += Get : int Effect.t

let gen () = for i = 1 to 3 do perform (Yield i) done; 100

let () =
  let r = match_with gen ()
    { retc = (fun v -> print_string "done "; v);
      exnc = (fun e -> raise e);
      effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Yield n -> Some (fun (k : (a, _) continuation) -> print_int n; print_string " "; continue k ())
        | _ -> None) } in
  print_int r; print_newline ()

let () =
  let comp () = perform Get + perform Get in
  let r = try_with comp () { effc = fun (type a) (eff : a Effect.t) ->
    match eff with Get -> Some (fun (k : (a, _) continuation) -> continue k 21) | _ -> None } in
  print_int r; print_newline ()

let () =
  (* nested: inner handles Yield, Get goes out *)
  let inner () = try_with (fun () -> perform (Yield (perform Get))) () { effc = fun (type a) (eff : a Effect.t) ->
    match eff with Yield n -> Some (fun (k : (a, _) continuation) -> print_int n; print_newline (); continue k ()) | _ -> None } in
  try_with inner () { effc = fun (type a) (eff : a Effect.t) ->
    match eff with Get -> Some (fun (k : (a, _) continuation) -> continue k 7) | _ -> None }

let () =
  let k_saved : (int, int) continuation option ref = ref None in
  (try
    try_with (fun () -> perform Get) () { effc = fun (type a) (eff : a Effect.t) ->
      match eff with Get -> Some (fun (k : (int, int) continuation) -> k_saved := Some k; continue k 1) | _ -> None } |> ignore
  with _ -> ());
  print_endline "one-shot next";
  (try (match !k_saved with Some k -> ignore (continue k 2) | None -> ()) with Continuation_already_resumed -> print_endline "already resumed")

let () = try perform Get |> ignore with Unhandled _ -> print_endline "unhandled"
let rec deep n = if n = 0 then perform Get else 1 + deep (n - 1)
let () = print_int (try_with deep 100000 { effc = fun (type a) (eff : a Effect.t) -> match eff with Get -> Some (fun (k : (a, _) continuation) -> continue k 0) | _ -> None }); print_newline ()
let () = match_with (fun () -> failwith "boom") () { retc = (fun () -> ()); exnc = (fun e -> print_endline ("exnc: " ^ (match e with Failure s -> s | _ -> "?"))); effc = fun _ -> None }
