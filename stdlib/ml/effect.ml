(* OCaml 5's effect handlers (Effect, Effect.Deep), over the VM's fiber operations. *)

type 'a t = ..
exception Unhandled of Obj.t
exception Continuation_already_resumed

external perform : 'a t -> 'a = "%perform"

module Deep = struct
  type ('a, 'b) continuation
  external continue : ('a, 'b) continuation -> 'a -> 'b = "%continue"
  external discontinue : ('a, 'b) continuation -> exn -> 'b = "%discontinue"
  type 'a effect_handler = { effc : 'b. 'b t -> (('b, 'a) continuation -> 'a) option }
  type ('a, 'b) handler = {
    retc : 'a -> 'b;
    exnc : exn -> 'b;
    effc : 'c. 'c t -> (('c, 'b) continuation -> 'b) option;
  }
  external match_with : ('c -> 'a) -> 'c -> ('a, 'b) handler -> 'b = "%match_with"
  external handler_effc : 'a effect_handler -> 'b = "%field0"
  let try_with comp arg handler =
    match_with comp arg { retc = (fun x -> x); exnc = (fun e -> raise e); effc = handler_effc handler }
  let discontinue_with_backtrace k e _ = discontinue k e
end
