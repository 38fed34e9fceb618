let f x = ignore x
