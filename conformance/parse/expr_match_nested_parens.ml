let f x y =
  match x with
  | A -> (match y with B -> 1 | C -> 2)
  | D -> begin match y with B -> 3 | C -> 4 end
  | E -> 5
