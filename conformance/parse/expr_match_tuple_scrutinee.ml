let f a b =
  match a, b with
  | 0, 0 -> 0
  | _, 0 | 0, _ -> 1
  | x, y -> x + y
