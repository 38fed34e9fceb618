let f = function 1 | 2 -> true | _ -> false
