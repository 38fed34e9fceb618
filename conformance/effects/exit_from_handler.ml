(* Exit raised by a handler clause leaves through every pending continue and
   out of try_with; Exit raised by the computation passes through try_with;
   a clause can also catch it around its continue. *)
open Effect
open Effect.Deep

type _ Effect.t += Found : int -> unit Effect.t

let () =
  let seen = ref [] in
  (try
     try_with (fun () ->
         List.iter (fun x -> if x mod 3 = 0 then perform (Found x)) [1; 3; 4; 6; 7; 9; 12; 15]) ()
       { effc = (fun (type a) (eff : a Effect.t) ->
           match eff with
           | Found x -> Some (fun (k : (a, unit) continuation) ->
               Printf.printf "found %d\n" x;
               seen := x :: !seen;
               if List.length !seen = 3 then raise Exit;
               continue k ())
           | _ -> None) };
     print_endline "search finished without Exit"
   with Exit -> print_endline "Exit raised in the handler");
  Printf.printf "seen: %s\n" (String.concat " " (List.rev_map string_of_int !seen));
  (try
     try_with (fun () -> perform (Found 1); raise Exit) ()
       { effc = (fun (type a) (eff : a Effect.t) ->
           match eff with
           | Found x -> Some (fun (k : (a, unit) continuation) -> Printf.printf "found %d\n" x; continue k ())
           | _ -> None) };
     print_endline "not reached"
   with Exit -> print_endline "Exit from the computation passed through try_with");
  let r =
    try_with (fun () -> perform (Found 2); raise Exit) ()
      { effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Found x -> Some (fun (k : (a, string) continuation) ->
              Printf.printf "found %d\n" x;
              try continue k () with Exit -> "clause caught Exit")
          | _ -> None) }
  in
  print_endline r
