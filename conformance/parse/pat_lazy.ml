let f = function lazy 1 -> true | lazy _ -> false
let g (lazy x) = x
let h = function lazy (Some x) -> x | _ -> 0
