let f x = let y = x in z
