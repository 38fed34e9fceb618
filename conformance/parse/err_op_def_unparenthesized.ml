let >>= a b = a
