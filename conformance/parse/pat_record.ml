let f = function
  | { x = 0; y = 0 } -> true
  | { x = 1; _ } -> false
  | { x; y = _ } -> x > 0
let g { a; b; c = (d, e); _ } = a + b + d + e
