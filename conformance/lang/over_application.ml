let choose b = if b then fun x y -> x + y else fun x y -> x * y

let make_adder n = print_endline "make_adder called"; fun x -> x + n

let twice f x = f (f x)

let () =
  Printf.printf "%d\n" (choose true 3 4);
  Printf.printf "%d\n" (choose false 3 4);
  Printf.printf "%d\n" (make_adder 10 5);
  Printf.printf "%d\n" (twice twice succ 0);
  Printf.printf "%d\n" (twice (twice (twice succ)) 0);
  let id x = x in
  Printf.printf "%d\n" (id id id succ 41);
  let k x _ = x in
  Printf.printf "%s\n" (k k "ignored" "result" "also ignored");
  let curry3 f a b c = f (a, b, c) in
  Printf.printf "%d\n" (curry3 (fun (a, b, c) -> (a * 100) + (b * 10) + c) 1 2 3);
  let get_op = function "+" -> ( + ) | "-" -> ( - ) | _ -> fun _ _ -> 0 in
  Printf.printf "%d %d %d\n" (get_op "+" 7 8) (get_op "-" 7 8) (get_op "?" 7 8);
  let compose_all fs = List.fold_left (fun acc f x -> f (acc x)) Fun.id fs in
  Printf.printf "%d\n" (compose_all [ succ; ( * ) 2; (fun x -> x - 3) ] 10)
