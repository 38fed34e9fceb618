(* A handler that never resumes: Abort's result type is polymorphic, the
   clause drops the continuation and returns a value for the whole match_with.
   The dropped computation never runs again, not even its finally. *)
open Effect
open Effect.Deep

type _ Effect.t += Abort : string -> 'a Effect.t

let run (f : unit -> int) : (int, string) result =
  match_with f ()
    { retc = (fun v -> Ok v);
      exnc = (fun e -> Error ("exception " ^ Printexc.to_string e));
      effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Abort msg -> Some (fun (_ : (a, (int, string) result) continuation) ->
            print_endline ("  aborting: " ^ msg);
            Error msg)
        | _ -> None) }

let checked_div a b = if b = 0 then perform (Abort "division by zero") else a / b

let show = function
  | Ok v -> Printf.printf "Ok %d\n" v
  | Error m -> Printf.printf "Error %s\n" m

let sum_positive l =
  run (fun () ->
    List.fold_left (fun acc x ->
        if x < 0 then perform (Abort (Printf.sprintf "negative %d" x))
        else begin Printf.printf "  add %d\n" x; acc + x end)
      0 l)

let () =
  show (run (fun () ->
    let a = checked_div 10 2 in
    let b = checked_div 9 3 in
    a + b));
  show (run (fun () ->
    let a = checked_div 10 2 in
    print_endline "  after first division";
    let b = checked_div a 0 in
    print_endline "  after second division (not printed)";
    a + b));
  show (sum_positive [1; 2; 3]);
  show (sum_positive [4; -5; 6]);
  show (run (fun () ->
    Fun.protect ~finally:(fun () -> print_endline "  finally (never printed)")
      (fun () -> perform (Abort "inside protect"))));
  show (run (fun () -> raise Not_found))
