type expr = Num of int | Add of expr * expr | Mul of expr * expr | Neg of expr

let rec simplify = function
  | Add (Num 0, e) | Add (e, Num 0) -> simplify e
  | Mul (Num 1, e) | Mul (e, Num 1) -> simplify e
  | Mul (Num 0, _) | Mul (_, Num 0) -> Num 0
  | Neg (Neg e) -> simplify e
  | Neg (Num n) -> Num (-n)
  | Add (a, b) -> Add (simplify a, simplify b)
  | Mul (a, b) -> Mul (simplify a, simplify b)
  | Neg e -> Neg (simplify e)
  | Num _ as n -> n

let rec show = function
  | Num n -> string_of_int n
  | Add (a, b) -> "(" ^ show a ^ " + " ^ show b ^ ")"
  | Mul (a, b) -> show a ^ " * " ^ show b
  | Neg e -> "-" ^ show e

let describe = function
  | [] -> "empty"
  | [ (_, []) ] -> "one pair with empty list"
  | [ (k, [ v ]) ] -> Printf.sprintf "one pair %s -> %d" k v
  | (k, _ :: _ :: _) :: _ -> "first key " ^ k ^ " has many"
  | _ :: (_, []) :: _ -> "second has empty"
  | _ -> "other"

let () =
  let es = [ Add (Num 0, Mul (Num 1, Num 7)); Neg (Neg (Num 3)); Mul (Add (Num 1, Num 2), Num 0);
             Add (Neg (Num 4), Mul (Num 2, Num 1)); Neg (Add (Num 1, Num 0)) ] in
  List.iter (fun e -> Printf.printf "%s => %s\n" (show e) (show (simplify e))) es;
  List.iter (fun l -> print_endline (describe l))
    [ []; [ ("a", []) ]; [ ("b", [ 1 ]) ]; [ ("c", [ 1; 2 ]) ]; [ ("d", [ 1 ]); ("e", []) ]; [ ("f", [ 1 ]); ("g", [ 2 ]) ] ]
