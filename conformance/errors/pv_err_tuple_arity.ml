let add = function `Pair (x, y) -> x + y | `Zero -> 0
let _ = add (`Pair 1)
