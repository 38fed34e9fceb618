let f = function 0 -> "z" | _ -> "nz"
let g = fun x y -> x + y
