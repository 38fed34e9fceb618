let xor a b = (a || b) && not (a && b)
