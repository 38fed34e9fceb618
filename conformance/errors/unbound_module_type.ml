let f (x : Nope.t) = x
