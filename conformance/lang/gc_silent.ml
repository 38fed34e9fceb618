let () =
  let l = List.init 10000 (fun i -> string_of_int i) in
  Gc.compact ();
  Gc.full_major ();
  Gc.minor ();
  Gc.major_slice 0 |> ignore;
  let total = List.fold_left (fun acc s -> acc + String.length s) 0 l in
  Printf.printf "total %d\n" total;
  let c = Gc.get () in
  Gc.set { c with Gc.verbose = 0 };
  let finalised = ref false in
  let r = ref [ 1 ] in
  Gc.finalise (fun _ -> finalised := true) r;
  let arr = Array.init 1000 (fun i -> Array.make 10 i) in
  Gc.full_major ();
  Printf.printf "%d\n" (Array.fold_left (fun acc a -> acc + a.(9)) 0 arr);
  Printf.printf "still alive %d\n" (List.hd !r);
  let w = Weak.create 2 in
  Weak.set w 0 (Some "kept");
  Printf.printf "weak length %d\n" (Weak.length w);
  print_endline "gc calls print nothing"
