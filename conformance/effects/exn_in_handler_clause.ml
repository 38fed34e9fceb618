(* An exception raised by a handler clause is raised where the handled
   computation was started or resumed, not inside it: the same handler's exnc
   never sees it, an enclosing handler's exnc does. *)
open Effect
open Effect.Deep

type _ Effect.t += Check : int -> int Effect.t
exception Rejected of int

let inner limit comp =
  match_with comp ()
    { retc = (fun v -> Printf.printf "  inner retc %d\n" v; v);
      exnc = (fun e -> print_endline "  inner exnc"; raise e);
      effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Check n -> Some (fun (k : (a, int) continuation) ->
            Printf.printf "  check %d\n" n;
            if n > limit then raise (Rejected n);
            continue k (n * 2))
        | _ -> None) }

let outer f =
  match_with f ()
    { retc = (fun v -> Printf.printf "  outer retc %d\n" v; v);
      exnc = (fun e ->
        (match e with
         | Rejected n -> Printf.printf "  outer exnc: Rejected %d\n" n
         | _ -> print_endline "  outer exnc: other");
        0);
      effc = (fun _ -> None) }

let program () =
  let a = perform (Check 1) in
  let b = perform (Check 4) in
  let c = perform (Check 9) in
  Printf.printf "  program finished %d\n" (a + b + c);
  a + b + c

let () =
  List.iter (fun limit ->
      Printf.printf "limit %d:\n" limit;
      let r = outer (fun () -> inner limit program) in
      Printf.printf "  result %d\n" r)
    [10; 5; 0]
