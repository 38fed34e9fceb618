type _ expr =
  | Int : int -> int expr
  | Bool : bool -> bool expr
  | Add : int expr * int expr -> int expr
  | If : bool expr * 'a expr * 'a expr -> 'a expr
  | Eq : int expr * int expr -> bool expr
  | Pair : 'a expr * 'b expr -> ('a * 'b) expr

let rec eval : type a. a expr -> a = function
  | Int n -> n
  | Bool b -> b
  | Add (a, b) -> eval a + eval b
  | If (c, t, e) -> if eval c then eval t else eval e
  | Eq (a, b) -> eval a = eval b
  | Pair (a, b) -> (eval a, eval b)

let rec show : type a. a expr -> string = function
  | Int n -> string_of_int n
  | Bool b -> string_of_bool b
  | Add (a, b) -> "(" ^ show a ^ "+" ^ show b ^ ")"
  | If (c, t, e) -> "if " ^ show c ^ " then " ^ show t ^ " else " ^ show e
  | Eq (a, b) -> show a ^ "=" ^ show b
  | Pair (a, b) -> "<" ^ show a ^ "," ^ show b ^ ">"

let () =
  let e1 = Add (Int 2, If (Eq (Int 1, Int 1), Int 40, Int 0)) in
  Printf.printf "%s => %d\n" (show e1) (eval e1);
  let e2 = If (Eq (Add (Int 1, Int 1), Int 3), Bool false, Bool true) in
  Printf.printf "%s => %b\n" (show e2) (eval e2);
  let e3 = Pair (e1, e2) in
  let a, b = eval e3 in
  Printf.printf "%s => (%d, %b)\n" (show e3) a b
