let f = function
  | A -> fun x -> x
  | B -> fun x -> x + 1
