let f x = match x with | -> 1
