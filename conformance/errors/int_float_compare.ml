let b = 1 < 2.0
