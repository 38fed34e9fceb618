let y = 3 4
