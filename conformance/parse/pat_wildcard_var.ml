let f _ = 0
let g = function _ -> 1
let h = function x -> x
let i (_, x, _) = x
