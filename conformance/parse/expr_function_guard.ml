let f = function
  | x when x < 0 -> -1
  | 0 -> 0
  | x when x mod 2 = 0 && x > 10 -> 2
  | _ -> 1
