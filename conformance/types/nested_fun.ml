let f x = let g y = let h z = x + y + z in h in g
