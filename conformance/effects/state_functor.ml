(* Effects declared inside a functor: each application gets its own Get/Put,
   so two state cells nest without interfering (the inner handler forwards
   the other instance's effects to the outer one). *)
open Effect
open Effect.Deep

module State (V : sig type v val name : string val show : v -> string end) = struct
  type _ Effect.t += Get : V.v Effect.t | Put : V.v -> unit Effect.t

  let get () = perform Get
  let put v = perform (Put v)

  let run (init : V.v) (comp : unit -> 'r) : 'r =
    let cell = ref init in
    let r =
      try_with comp ()
        { effc = (fun (type a) (eff : a Effect.t) ->
            match eff with
            | Get -> Some (fun (k : (a, 'r) continuation) ->
                Printf.printf "  %s: get %s\n" V.name (V.show !cell);
                continue k !cell)
            | Put v -> Some (fun (k : (a, 'r) continuation) ->
                Printf.printf "  %s: put %s\n" V.name (V.show v);
                cell := v;
                continue k ())
            | _ -> None) }
    in
    Printf.printf "  %s: final %s\n" V.name (V.show !cell);
    r
end

module IntS = State (struct type v = int let name = "count" let show = string_of_int end)
module StrS = State (struct type v = string let name = "log" let show v = "\"" ^ v ^ "\"" end)

let () =
  let r =
    StrS.run "" (fun () ->
      IntS.run 0 (fun () ->
        for i = 1 to 3 do
          IntS.put (IntS.get () + i);
          StrS.put (StrS.get () ^ string_of_int i)
        done;
        IntS.get () * 10))
  in
  Printf.printf "result %d\n" r
