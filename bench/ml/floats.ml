(* Floats: numeric integration. *)
let integrate f a b n =
  let h = (b -. a) /. float n in
  let s = ref 0. in
  for i = 0 to n - 1 do s := !s +. f (a +. (float i +. 0.5) *. h) done;
  !s *. h
let () =
  let r = integrate (fun x -> x *. x +. sqrt x) 0. 10. 10_000_000 in
  print_float (floor (r *. 1000.)); print_newline ()
