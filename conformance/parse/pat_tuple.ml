let f = function (0, _) -> 0 | (x, y) -> x + y
let g = function 1, 2, 3 -> true | _ -> false
let h ((a, b), (c, d)) = a + b + c + d
