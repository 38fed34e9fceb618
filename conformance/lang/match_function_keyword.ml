let rec length = function [] -> 0 | _ :: t -> 1 + length t

let sign = function n when n > 0 -> 1 | 0 -> 0 | _ -> -1

let rec fib = function 0 -> 0 | 1 -> 1 | n -> fib (n - 1) + fib (n - 2)

let apply_all = List.map (function `Double -> ( * ) 2 | `Inc -> succ | `Neg -> ( ~- ))

let () =
  Printf.printf "%d\n" (length [ 1; 2; 3 ]);
  List.iter (fun n -> Printf.printf "%d " (sign n)) [ -5; 0; 5 ];
  print_newline ();
  List.iter (fun n -> Printf.printf "%d " (fib n)) (List.init 15 Fun.id);
  print_newline ();
  List.iter (fun f -> Printf.printf "%d " (f 10)) (apply_all [ `Double; `Inc; `Neg ]);
  print_newline ();
  let both = function (true, true) -> "both" | (true, false) | (false, true) -> "one" | (false, false) -> "neither" in
  List.iter (fun p -> print_endline (both p)) [ (true, true); (false, true); (false, false) ];
  let nested = function Some (Some x) -> x | Some None -> -1 | None -> -2 in
  Printf.printf "%d %d %d\n" (nested (Some (Some 7))) (nested (Some None)) (nested None);
  print_endline ((function s -> s ^ "!") "inline")
