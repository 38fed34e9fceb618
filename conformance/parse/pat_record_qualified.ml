let f = function
  | { M.x; y } -> x + y
  | { M.N.z = 0; _ } -> 0
let g M.{ x; y } = x + y
let h { x : int; y : int = 2 } = x
