(* A stdlib module given to a functor is linked; Printexc reached through a local open *)
module M = Map.Make (String)
let m = M.add "b" 2 (M.add "a" 1 M.empty)
let () =
  M.iter (fun k v -> Printf.printf "%s=%d\n" k v) m;
  let open Printexc in
  print_endline (to_string Not_found);
  raise (Invalid_argument "tab\there")
