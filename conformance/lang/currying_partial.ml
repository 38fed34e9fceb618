let add a b c = a + b + c
let mul = fun a -> fun b -> a * b

let () =
  let add1 = add 1 in
  let add12 = add1 2 in
  Printf.printf "%d %d %d\n" (add 1 2 3) (add1 10 20) (add12 100);
  let double = mul 2 in
  Printf.printf "%d\n" (double 21);
  let ops = [ ( + ) 1; ( * ) 3; ( - ) 10; (fun x -> x - 10); Fun.flip ( - ) 10 ] in
  List.iter (fun f -> Printf.printf "%d " (f 4)) ops;
  print_newline ();
  let compose f g x = f (g x) in
  let inc_then_double = compose double (add 0 1) in
  Printf.printf "%d\n" (inc_then_double 5);
  let apply_n n f = let rec go k x = if k = 0 then x else go (k - 1) (f x) in go n in
  Printf.printf "%d\n" (apply_n 10 double 1);
  let side = ref 0 in
  let f x = incr side; fun y -> x + y in
  let g = f 1 in
  Printf.printf "side after partial: %d\n" !side;
  ignore (g 1); ignore (g 2);
  Printf.printf "side after two calls: %d\n" !side;
  let pr = Printf.printf "%s=%d\n" in
  pr "a" 1;
  let pa = pr "b" in
  pa 2; pa 3
