(* Generators: an internal iterator turned into a lazy Seq.t with a Yield effect.
   Each Seq node resumes the suspended iterator exactly once. *)
open Effect
open Effect.Deep

type _ Effect.t += Yield : int -> unit Effect.t

let to_seq (iter : (int -> unit) -> unit) : int Seq.t =
  fun () ->
    match_with iter (fun x -> perform (Yield x))
      { retc = (fun () -> print_endline "  [iterator finished]"; Seq.Nil);
        exnc = raise;
        effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Yield x ->
            Some (fun (k : (a, int Seq.node) continuation) ->
              Printf.printf "  [yield %d]\n" x;
              Seq.Cons (x, fun () -> continue k ()))
          | _ -> None) }

let rec take n (s : int Seq.t) =
  if n = 0 then []
  else
    match s () with
    | Seq.Nil -> []
    | Seq.Cons (x, rest) -> x :: take (n - 1) rest

let () =
  let iter f =
    List.iter (fun x -> Printf.printf "  visit %d\n" x; f (x * 10)) [1; 2; 3; 4]
  in
  print_endline "take 2:";
  let l = take 2 (to_seq iter) in
  List.iter (fun x -> Printf.printf "got %d\n" x) l;
  print_endline "take all:";
  let l = take 10 (to_seq iter) in
  Printf.printf "got %d elements, sum %d\n" (List.length l) (List.fold_left ( + ) 0 l);
  print_endline "sum via Seq.fold_left:";
  let s = to_seq (fun f -> for i = 1 to 3 do f i done) in
  Printf.printf "sum = %d\n" (Seq.fold_left ( + ) 0 s)
