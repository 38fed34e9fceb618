let f x y = match x with
  | `A -> (match y with `X -> 1 | `Y -> 2)
  | `B -> 0
