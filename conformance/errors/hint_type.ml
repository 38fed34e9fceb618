let f (x : strin) = x
