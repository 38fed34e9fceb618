(* Exceptions declared inside functions are generative: each run of the declaration makes a
   new constructor, and a handler only catches its own run's. *)
let find_first p xs =
  let exception Found of int in
  try List.iter (fun x -> if p x then raise (Found x)) xs; None
  with Found x -> Some x

let pair () =
  let exception E of string in
  ((fun s -> raise (E s)), (fun f -> try f () with E s -> "caught " ^ s))

module Make () = struct
  exception Boom
  let boom () = raise Boom
  let guard f = try f () with Boom -> "guarded"
end

let counter () =
  let module M = struct exception Tick of int end in
  let n = ref 0 in
  (fun () -> incr n; raise (M.Tick !n)), (fun f -> try f () with M.Tick k -> k)

let () =
  let show = function None -> "none" | Some x -> string_of_int x in
  print_endline (show (find_first (fun x -> x > 2) [1; 2; 3; 4]));
  print_endline (show (find_first (fun x -> x > 9) [1; 2; 3]));
  let (raise1, catch1) = pair () in
  let (raise2, _) = pair () in
  print_endline (catch1 (fun () -> raise1 "one"));
  (try print_endline (catch1 (fun () -> raise2 "two")) with _ -> print_endline "two escaped");
  let module A = Make () in
  let module B = Make () in
  print_endline (A.guard A.boom);
  (try print_endline (A.guard B.boom) with B.Boom -> print_endline "B.Boom escaped A");
  let (tick, count) = counter () in
  Printf.printf "%d %d\n" (count tick) (count tick);
  let (tick2, _) = counter () in
  (try ignore (count tick2) with _ -> print_endline "other counter's tick escaped");
  let rec depth n = let exception Up in if n = 0 then raise Up else try depth (n - 1) with Up -> n in
  Printf.printf "depth %d\n" (try depth 3 with _ -> -1)
