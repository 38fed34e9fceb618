let make () = let n = ref 0 in (fun () -> incr n; !n), (fun () -> n := 0)
let () =
  let (next, reset) = make () in
  let a = next () in let b = next () in reset (); let c = next () in
  Printf.printf "%d %d %d\n" a b c;
  let adders = List.map (fun k -> fun x -> x + k) [1; 10; 100] in
  List.iter (fun f -> Printf.printf "%d " (f 5)) adders; print_newline ();
  let compose f g x = f (g x) in
  print_int ((compose succ (fun x -> x * 2)) 20); print_newline ()
