let x = 1.0 + 2
