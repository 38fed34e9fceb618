let to_int = function `Zero -> 0 | `One -> 1 | `Two -> 2
let describe x = match x with `Small n -> n | `Big n -> n * 1000
