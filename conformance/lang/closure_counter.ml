let make_counter start =
  let n = ref start in
  let next () = incr n; !n in
  let reset () = n := start in
  let peek () = !n in
  (next, reset, peek)

let () =
  let next, reset, peek = make_counter 10 in
  let next2, _, peek2 = make_counter 100 in
  Printf.printf "%d %d %d\n" (next ()) (next ()) (next ());
  Printf.printf "peek %d\n" (peek ());
  reset ();
  Printf.printf "after reset %d\n" (peek ());
  ignore (next2 ());
  Printf.printf "independent: %d %d\n" (peek ()) (peek2 ());
  let adders = List.map (fun n -> fun x -> x + n) [ 1; 10; 100 ] in
  List.iter (fun f -> Printf.printf "%d " (f 5)) adders;
  print_newline ();
  let fs = ref [] in
  for i = 1 to 3 do fs := (fun () -> i * i) :: !fs done;
  List.iter (fun f -> Printf.printf "%d " (f ())) !fs;
  print_newline ();
  let shared = ref 0 in
  let inc () = incr shared and get () = !shared in
  inc (); inc ();
  Printf.printf "shared %d\n" (get ())
