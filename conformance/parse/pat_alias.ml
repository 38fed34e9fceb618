let f = function
  | (x :: _) as l -> l
  | ((a, b) as p) -> p
  | Some (_ as x) -> x
let g = function x, y as p -> p
