let f = function M.(A | B) -> 1 | M.(C x) -> x | _ -> 0
let g M.(x, y) = x
let h = function M.[ x ] -> x | M.[||] -> 0 | _ -> 1
