let rec length = function `Nil -> 0 | `Cons (_, rest) -> 1 + length rest
let rec eval = function `Num n -> n | `Add (a, b) -> eval a + eval b | `Neg a -> - (eval a)
