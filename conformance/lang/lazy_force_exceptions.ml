let () =
  let count = ref 0 in
  let l = lazy (incr count; print_endline "computing"; 42) in
  Printf.printf "is_val before: %b\n" (Lazy.is_val l);
  Printf.printf "%d\n" (Lazy.force l);
  Printf.printf "%d\n" (Lazy.force l);
  Printf.printf "count %d, is_val %b\n" !count (Lazy.is_val l);
  let attempts = ref 0 in
  let bad = lazy (incr attempts; failwith "lazy failure") in
  for _ = 1 to 3 do
    match Lazy.force bad with
    | _ -> print_endline "no"
    | exception Failure m -> Printf.printf "attempt %d: %s\n" !attempts m
  done;
  let v = Lazy.from_val 10 in
  Printf.printf "from_val %d %b\n" (Lazy.force v) (Lazy.is_val v);
  let f = Lazy.from_fun (fun () -> print_endline "from_fun runs"; "ok") in
  print_endline (Lazy.force f);
  let m = Lazy.map (fun x -> x * 2) (lazy (print_endline "inner forced"; 21)) in
  print_endline "map built";
  Printf.printf "%d\n" (Lazy.force m);
  let rec_l = ref (lazy 0) in
  rec_l := lazy (Lazy.force !rec_l + 1);
  (match Lazy.force !rec_l with
   | n -> Printf.printf "got %d\n" n
   | exception Lazy.Undefined -> print_endline "Lazy.Undefined");
  let pat = lazy (print_endline "forced by pattern"; (1, 2)) in
  match pat with lazy (a, b) -> Printf.printf "%d %d\n" a b
