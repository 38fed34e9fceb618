(* Deep non-tail recursion inside a handled computation: 100_000 frames
   between the handler and the perform, and a perform at every level. *)
open Effect
open Effect.Deep

type _ Effect.t += Bottom : int Effect.t
type _ Effect.t += Visit : int -> unit Effect.t

let rec descend n = if n = 0 then perform Bottom else 1 + descend (n - 1)

let rec walk n =
  if n = 0 then 0
  else begin
    perform (Visit n);
    let s = walk (n - 1) in
    s + n mod 7
  end

let bottom_handler (answer : [ `Value of int | `Raise ]) =
  { effc = (fun (type a) (eff : a Effect.t) ->
      match eff with
      | Bottom -> Some (fun (k : (a, int) continuation) ->
          print_endline "reached the bottom";
          match answer with
          | `Value v -> continue k v
          | `Raise -> discontinue k Exit)
      | _ -> None) }

let () =
  let r = try_with descend 100_000 (bottom_handler (`Value 1000)) in
  Printf.printf "depth result %d\n" r;
  let visits = ref 0 in
  let deepest = ref max_int in
  let s =
    try_with walk 100_000
      { effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Visit n -> Some (fun (k : (a, int) continuation) ->
              incr visits;
              if n < !deepest then deepest := n;
              continue k ())
          | _ -> None) }
  in
  Printf.printf "walk sum %d, %d visits, deepest level %d\n" s !visits !deepest;
  let r = try try_with descend 100_000 (bottom_handler `Raise) with Exit -> -1 in
  Printf.printf "discontinued at the bottom: %d\n" r
