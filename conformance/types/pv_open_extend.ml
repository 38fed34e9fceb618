let base = function `A -> 1 | `B -> 2 | _ -> 0
let extended = function `C -> 3 | other -> base other
