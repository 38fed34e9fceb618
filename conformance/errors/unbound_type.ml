let f (x : nope) = x
