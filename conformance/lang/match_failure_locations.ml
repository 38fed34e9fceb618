(* Where Match_failure says a let or a parameter pattern failed. *)
let f (Some x) = x
let g = fun (Some x) -> x
let h a (Some x) = a + x
let [ z ] = [ 1 ]
let () =
  (try ignore (f None) with Match_failure (_, l, c) -> Printf.printf "f %d %d\n" l c);
  (try ignore (g None) with Match_failure (_, l, c) -> Printf.printf "g %d %d\n" l c);
  (try ignore (h 1 None) with Match_failure (_, l, c) -> Printf.printf "h %d %d\n" l c);
  (try let (Some q) = None in ignore q with Match_failure (_, l, c) -> Printf.printf "let %d %d\n" l c)
let [ w ] = []
