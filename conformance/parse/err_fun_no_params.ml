let f = fun -> 1
