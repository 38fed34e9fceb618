let f (x : int) = match x with #bool -> 1
