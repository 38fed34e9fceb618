(* The same effect clause used with try_with (value and exceptions pass
   through unchanged) and with match_with (retc/exnc see them); match_with
   with no effect clauses works as an exception handler. *)
open Effect
open Effect.Deep

type _ Effect.t += Double : int -> int Effect.t

let double_clause : type a. a Effect.t -> ((a, int) continuation -> int) option = function
  | Double n -> Some (fun k -> Printf.printf "  double %d\n" n; continue k (2 * n))
  | _ -> None

let comp fail () =
  let x = perform (Double 5) in
  if fail then failwith "comp failed";
  x + 1

let with_match fail =
  match_with (comp fail) ()
    { retc = (fun v -> v * 100); exnc = (fun _ -> -1); effc = double_clause }

let () =
  print_endline "try_with, normal:";
  Printf.printf "  -> %d\n" (try_with (comp false) () { effc = double_clause });
  print_endline "match_with, normal:";
  Printf.printf "  -> %d\n" (with_match false);
  print_endline "try_with, failing:";
  (try Printf.printf "  -> %d\n" (try_with (comp true) () { effc = double_clause })
   with Failure m -> Printf.printf "  exception escaped: %s\n" m);
  print_endline "match_with, failing:";
  Printf.printf "  -> %d\n" (with_match true);
  print_endline "match_with as a plain exception handler:";
  let classify f =
    match_with f ()
      { retc = (fun s -> "ok " ^ s);
        exnc = (function Not_found -> "not found" | Exit -> "exit" | _ -> "other");
        effc = (fun _ -> None) }
  in
  print_endline ("  " ^ classify (fun () -> "fine"));
  print_endline ("  " ^ classify (fun () -> raise Not_found));
  print_endline ("  " ^ classify (fun () -> raise Exit));
  print_endline ("  " ^ classify (fun () -> List.assoc 3 [(1, "a")]));
  print_endline ("  " ^ classify (fun () -> invalid_arg "x"))
