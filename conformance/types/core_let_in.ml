let f x = let y = x * 2 in let z = y + 1 in z * z
