let f x y =
  match x with
  | A ->
    match y with
    | B -> 1
    | C -> 2
