(* detecting overflow before it happens *)
let mul_checked a b =
  if a <> 0 && (let p = a * b in p / a <> b) then None else Some (a * b)

let show = function None -> "overflow" | Some n -> string_of_int n

let () =
  List.iter
    (fun (a, b) -> Printf.printf "%d * %d -> %s\n" a b (show (mul_checked a b)))
    [ (2, 3); (1 lsl 31, 1 lsl 31); (1 lsl 31, 1 lsl 30); (max_int, 2); (-1, max_int); (0, max_int) ];
  let fib = Array.make 100 0 in
  fib.(1) <- 1;
  for i = 2 to 99 do fib.(i) <- fib.(i - 1) + fib.(i - 2) done;
  List.iter (fun i -> Printf.printf "fib %d = %d\n" i fib.(i)) [50; 88; 89; 90; 91; 92; 99];
  let h = ref 0 in
  String.iter (fun c -> h := !h * 31 + Char.code c) "the quick brown fox jumps over the lazy dog";
  Printf.printf "hash %d\n" !h
