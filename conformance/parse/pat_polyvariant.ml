let f = function
  | `A -> 0
  | `B x -> x
  | `C (x, y) -> x + y
  | `D (`E z) -> z
