let f = function 0. -> "zero" | 1.5 -> "x" | 1e3 -> "k" | _ -> "other"
