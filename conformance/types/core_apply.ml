let apply f x = f x
let twice f x = f (f x)
