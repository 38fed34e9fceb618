let classify n =
  match n with
  | 0 -> "zero"
  | n when n < 0 && n mod 2 = 0 -> "negative even"
  | n when n < 0 -> "negative odd"
  | n when n mod 15 = 0 -> "fizzbuzz"
  | n when n mod 5 = 0 -> "buzz"
  | n when n mod 3 = 0 -> "fizz"
  | _ -> "plain"

let guard_order x =
  match x with
  | (a, _) when (print_string "[g1]"; a > 0) -> "first"
  | (_, b) when (print_string "[g2]"; b > 0) -> "second"
  | _ -> "none"

let () =
  List.iter (fun n -> Printf.printf "%d: %s\n" n (classify n)) [ 0; -4; -3; 30; 10; 9; 7 ];
  List.iter (fun p -> print_endline (guard_order p)) [ (1, 1); (0, 1); (0, 0) ];
  let rec dedup = function
    | a :: (b :: _ as rest) when a = b -> dedup rest
    | a :: rest -> a :: dedup rest
    | [] -> [] in
  print_endline (String.concat " " (List.map string_of_int (dedup [ 1; 1; 2; 3; 3; 3; 1; 4; 4 ])));
  let f = function Some x when x > 10 -> "big" | Some _ -> "small" | None -> "none" in
  List.iter (fun o -> print_endline (f o)) [ Some 20; Some 5; None ]
