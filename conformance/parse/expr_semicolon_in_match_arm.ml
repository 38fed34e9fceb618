let f x =
  match x with
  | A -> print_string "a"; 1
  | B -> print_string "b"; 2
