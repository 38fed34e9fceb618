(* Three nested handlers, each handling one effect. Every handler between the
   perform and the one that handles it is consulted (its effc returns None,
   which forwards the effect outwards); past the last one it is Unhandled. *)
open Effect
open Effect.Deep

type _ Effect.t += X : unit Effect.t | Y : unit Effect.t | Z : unit Effect.t

let name : type a. a Effect.t -> string = function
  | X -> "X"
  | Y -> "Y"
  | Z -> "Z"
  | _ -> "?"

let resume label n (k : (unit, unit) continuation) =
  Printf.printf "  %s handles %s\n" label n;
  continue k ()

let layer label mine comp () =
  try_with comp ()
    { effc = (fun (type a) (eff : a Effect.t) ->
        Printf.printf "  %s consulted for %s\n" label (name eff);
        match eff with
        | X when mine = "X" -> Some (fun (k : (a, unit) continuation) -> resume label "X" k)
        | Y when mine = "Y" -> Some (fun (k : (a, unit) continuation) -> resume label "Y" k)
        | Z when mine = "Z" -> Some (fun (k : (a, unit) continuation) -> resume label "Z" k)
        | _ -> None) }

let body () =
  print_endline "perform X";
  perform X;
  print_endline "perform Y";
  perform Y;
  print_endline "perform Z";
  perform Z;
  print_endline "body done"

let () =
  layer "L3" "Z" (layer "L2" "Y" (layer "L1" "X" body)) ();
  print_endline "---";
  (try layer "L1" "X" (fun () -> perform Y) ()
   with Unhandled _ -> print_endline "Y unhandled outside L1")
