let swap_ab = function `A -> `B | `B -> `A | other -> other
let keep x = match x with `Keep -> x | `Drop -> `Drop
