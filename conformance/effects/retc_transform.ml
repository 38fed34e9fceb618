(* retc transforms the final value (once, even after many effects); the value
   a clause gets back from continue is the transformed one; retc/exnc can map
   results to options; nested retcs compose from the inside out. *)
open Effect
open Effect.Deep

type _ Effect.t += Yield : int -> unit Effect.t
type _ Effect.t += One : int Effect.t

let collect (comp : unit -> string) : int list * string =
  match_with comp ()
    { retc = (fun s -> print_endline ("  retc got " ^ s); ([], s));
      exnc = raise;
      effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Yield x -> Some (fun (k : (a, int list * string) continuation) ->
            let (xs, s) = continue k () in
            (x :: xs, s))
        | _ -> None) }

let safe_div a b =
  match_with (fun () -> a / b) ()
    { retc = (fun v -> Some v); exnc = (fun _ -> None); effc = (fun _ -> None) }

let () =
  let (xs, s) = collect (fun () -> for i = 1 to 4 do perform (Yield (i * 3)) done; "four yields") in
  Printf.printf "collected [%s] and %S\n" (String.concat "; " (List.map string_of_int xs)) s;
  let (xs, s) = collect (fun () -> "no yields") in
  Printf.printf "collected %d items and %S\n" (List.length xs) s;
  (match safe_div 17 5 with Some v -> Printf.printf "17/5 = Some %d\n" v | None -> print_endline "17/5 = None");
  (match safe_div 1 0 with Some v -> Printf.printf "1/0 = Some %d\n" v | None -> print_endline "1/0 = None");
  let r =
    match_with (fun () -> perform One + 5) ()
      { retc = (fun x -> Printf.printf "  retc %d\n" x; x * 2);
        exnc = raise;
        effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | One -> Some (fun (k : (a, int) continuation) ->
              let r = continue k 1 in
              Printf.printf "  continue gave %d\n" r;
              r + 1000)
          | _ -> None) }
  in
  Printf.printf "final %d\n" r;
  let nested =
    match_with (fun () ->
        match_with (fun () -> 10) ()
          { retc = (fun x -> Printf.printf "  inner retc %d\n" x; x * 2);
            exnc = raise; effc = (fun _ -> None) }) ()
      { retc = (fun x -> Printf.printf "  outer retc %d\n" x; string_of_int (x + 1));
        exnc = raise; effc = (fun _ -> None) }
  in
  Printf.printf "nested retcs give %S\n" nested
