let a = match x with 0 -> "a" | _ -> "b"
let b =
  match l with
  | [] -> 0
  | [ x ] -> x
  | x :: y :: _ -> x + y
