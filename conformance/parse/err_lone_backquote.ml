let x = ` 1
