let () =
  let fs = Array.make 5 (fun () -> 0) in
  for i = 0 to 4 do fs.(i) <- (fun () -> i * 10) done;
  Array.iter (fun f -> Printf.printf "%d " (f ())) fs;
  print_newline ();
  let r = ref 0 in
  let gs = Array.make 3 (fun () -> 0) in
  for i = 0 to 2 do
    r := i;
    gs.(i) <- (fun () -> !r)
  done;
  Array.iter (fun g -> Printf.printf "%d " (g ())) gs;
  print_newline ();
  let acc = ref [] in
  let i = ref 0 in
  while !i < 3 do
    let j = !i in
    acc := (fun () -> j + 100) :: !acc;
    incr i
  done;
  List.iter (fun f -> Printf.printf "%d " (f ())) (List.rev !acc);
  print_newline ();
  let counters = List.init 3 (fun k -> let c = ref (k * 100) in fun () -> incr c; !c) in
  List.iter (fun c -> ignore (c ())) counters;
  List.iter (fun c -> Printf.printf "%d " (c ())) counters;
  print_newline ()
