let f a b = a ^ b
let g a b c = Printf.printf "g called with %d %d %d\n" a b c

let trace name v = print_string ("[" ^ name ^ "]"); v

let () =
  let r = f (trace "a" "A") (trace "b" "B") in
  print_newline ();
  print_endline r;
  g (trace "1" 1) (trace "2" 2) (trace "3" 3);
  let h = trace "fun" (fun x y -> x + y) in
  Printf.printf "\n%d\n" (h (trace "x" 1) (trace "y" 2));
  ignore (f (print_string "a"; "") (print_string "b"; ""));
  print_newline ();
  Printf.printf "%s %s\n" (trace "p1" "one") (trace "p2" "two");
  let add3 x y z = x + y + z in
  let partial = add3 (trace "first" 1) in
  print_newline ();
  Printf.printf "%d\n" (partial (trace "second" 2) (trace "third" 3))
