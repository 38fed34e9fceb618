(* A two-way generator: Yield hands a value out and receives the next input,
   so the driver steps a running average and feeds it numbers. *)
open Effect
open Effect.Deep

type _ Effect.t += Yield : int -> int Effect.t

type stepper = Finished of int | Suspended of int * (int -> stepper)

let start (f : unit -> int) : stepper =
  match_with f ()
    { retc = (fun v -> Finished v);
      exnc = raise;
      effc = (fun (type a) (eff : a Effect.t) ->
        match eff with
        | Yield v -> Some (fun (k : (a, stepper) continuation) ->
            Suspended (v, fun x -> continue k x))
        | _ -> None) }

let accumulator () =
  let total = ref 0 in
  let count = ref 0 in
  let input = ref (perform (Yield 0)) in
  while !input >= 0 do
    total := !total + !input;
    incr count;
    input := perform (Yield (!total / !count))
  done;
  !total

let rec drive st inputs =
  match st, inputs with
  | Finished total, _ -> Printf.printf "finished with total %d\n" total
  | Suspended (avg, resume), x :: rest ->
    Printf.printf "average so far %d, sending %d\n" avg x;
    drive (resume x) rest
  | Suspended (avg, _), [] -> Printf.printf "ran out of inputs at average %d\n" avg

let () =
  drive (start accumulator) [10; 20; 60; -1];
  drive (start accumulator) [5; 7]
