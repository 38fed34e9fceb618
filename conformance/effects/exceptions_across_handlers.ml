open Effect
open Effect.Deep

type _ Effect.t += Ask : string -> int Effect.t
exception Bad of string

let handle f =
  match_with f ()
    { retc = (fun v -> Printf.printf "returned %d\n" v);
      exnc = (fun e -> match e with Bad s -> Printf.printf "exnc %s\n" s | e -> raise e);
      effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Ask "fail" -> Some (fun (k : (a, _) continuation) -> discontinue k (Bad "asked to fail"))
        | Ask s -> Some (fun (k : (a, _) continuation) -> continue k (String.length s))
        | _ -> None) }

let () =
  handle (fun () -> perform (Ask "four") + 1);
  handle (fun () -> perform (Ask "fail"));
  handle (fun () -> try perform (Ask "fail") with Bad s -> print_endline ("caught inside: " ^ s); 7);
  handle (fun () -> raise (Bad "direct"))
