module Make_id (X : sig val prefix : string end) = struct
  let counter = ref 0
  let fresh () = incr counter; Printf.sprintf "%s%d" X.prefix !counter
end

module A = Make_id (struct let prefix = "a" end)
module B = Make_id (struct let prefix = "b" end)

module Memo (K : Hashtbl.HashedType) = struct
  module H = Hashtbl.Make (K)
  let memo f = let t = H.create 16 in fun k -> match H.find_opt t k with Some v -> v | None -> let v = f k in H.add t k v; v
end

module IM = Memo (struct type t = int let equal = ( = ) let hash = Hashtbl.hash end)

let () =
  print_endline (A.fresh ());
  print_endline (A.fresh ());
  print_endline (B.fresh ());
  print_endline (A.fresh ());
  Printf.printf "%d %d\n" !A.counter !B.counter;
  let calls = ref 0 in
  let sq = IM.memo (fun x -> incr calls; x * x) in
  List.iter (fun x -> Printf.printf "%d " (sq x)) [ 3; 4; 3; 3; 5; 4 ];
  print_newline ();
  Printf.printf "calls %d\n" !calls;
  let module C = Make_id (struct let prefix = "local" end) in
  print_endline (C.fresh ());
  let module C2 = Make_id (struct let prefix = "local" end) in
  print_endline (C2.fresh ())
