let f = function
  | x :: y :: rest -> x + y + f rest
  | [ x ] :: _ -> x
  | (x :: _) :: _ -> x
  | _ -> 0
