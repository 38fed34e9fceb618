let x = in 1
