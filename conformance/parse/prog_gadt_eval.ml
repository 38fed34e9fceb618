type _ expr =
  | Int : int -> int expr
  | Bool : bool -> bool expr
  | Add : int expr * int expr -> int expr
  | Mul : int expr * int expr -> int expr
  | Eq : int expr * int expr -> bool expr
  | If : bool expr * 'a expr * 'a expr -> 'a expr
  | Pair : 'a expr * 'b expr -> ('a * 'b) expr
  | Fst : ('a * 'b) expr -> 'a expr

let rec eval : type a. a expr -> a = function
  | Int n -> n
  | Bool b -> b
  | Add (a, b) -> eval a + eval b
  | Mul (a, b) -> eval a * eval b
  | Eq (a, b) -> eval a = eval b
  | If (c, t, e) -> if eval c then eval t else eval e
  | Pair (a, b) -> (eval a, eval b)
  | Fst p -> fst (eval p)

let rec show : type a. a expr -> string = function
  | Int n -> string_of_int n
  | Bool b -> string_of_bool b
  | Add (a, b) -> Printf.sprintf "(%s + %s)" (show a) (show b)
  | Mul (a, b) -> Printf.sprintf "(%s * %s)" (show a) (show b)
  | Eq (a, b) -> Printf.sprintf "(%s = %s)" (show a) (show b)
  | If (c, t, e) -> Printf.sprintf "(if %s then %s else %s)" (show c) (show t) (show e)
  | Pair (a, b) -> Printf.sprintf "(%s, %s)" (show a) (show b)
  | Fst p -> "fst " ^ show p

let () =
  let e = If (Eq (Add (Int 1, Int 2), Int 3), Mul (Int 4, Int 5), Int 0) in
  Printf.printf "%s = %d\n" (show e) (eval e)
