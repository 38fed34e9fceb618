(* Float arrays and records of floats only are flat (Double_array_tag): tags, hashes, order. *)
type p = { x : float; y : float }
type q = { a : float; b : int }
let () =
  Printf.printf "%d %d %d\n" (Hashtbl.hash { x = 1.5; y = 2.5 }) (Hashtbl.hash { a = 1.5; b = 2 }) (Obj.tag (Obj.repr { x = 1.; y = 2. }));
  Printf.printf "%d %d\n" (Hashtbl.hash [| 1.5; 2.5 |]) (Obj.tag (Obj.repr [| 1.; 2. |]));
  Printf.printf "%b\n" (compare { x = 1.; y = 2. } { x = 1.; y = 3. } < 0)
let () =
  let r = { x = 1.; y = 2. } in
  let r' = { r with y = 5. } in
  Printf.printf "%d %g %g\n" (Obj.tag (Obj.repr r')) r'.x r'.y;
  let a = [| 1.; 2.; 3. |] in
  a.(1) <- 7.;
  Printf.printf "%d %g %d\n" (Obj.tag (Obj.repr (Array.map (fun v -> v *. 2.) a))) a.(1) (Obj.tag (Obj.repr [| "s" |]));
  Printf.printf "%d\n" (Hashtbl.hash (Array.append a [| 0.5 |]))
